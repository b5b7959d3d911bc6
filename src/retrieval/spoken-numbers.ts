/**
 * Numbers written out in words, as speech-to-text types them ("seven hundred and seventeen cases", "in
 * twenty twenty three"), turned into the digits news articles print ("717", "2023"), so that a question
 * dictated by voice finds the figure it asks about. News style prints one to nine as words and 10 up as
 * digits, so a lone "one" … "nine" is left as it is ("nine Asian men"; "the one who …"), and so are
 * plurals ("thousands of victims"). Only the question is rewritten: quotes always come from the articles.
 * @module
 */

const UNITS: ReadonlyMap<string, number> = new Map(
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].map((w, i) => [w, i]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map((w, i) => [w, (i + 2) * 10]),
);
const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1_000],
  ["million", 1_000_000],
]);

/** A run of number words: words joined by spaces or hyphens, with "and" or "a" allowed inside. */
const RUN = /(?<![\p{L}\p{N}])(?:(?:a|oh|and|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)(?:[\s-]+|(?![\p{L}\p{N}])))+/giu;

/** A number below 100 ("twenty three"; `afterOh` for the "oh five" of "twenty oh five"), or a scale word. */
type Piece = { readonly kind: "group"; readonly value: number; readonly afterOh: boolean } | { readonly kind: "scale"; readonly value: number };

/**
 * The run read as number groups below 100 ("twenty three" is one group) and scales. `null` when a word
 * does not fit where it stands ("twenty nineteen twenty").
 */
function pieces(words: readonly string[]): Piece[] | null {
  const out: Piece[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const scale = SCALES.get(w);
    if (scale !== undefined) {
      out.push({ kind: "scale", value: scale });
      continue;
    }
    if (w === "and") continue; // "seven hundred and seventeen"
    if (w === "oh") {
      // "twenty oh five": a zero that only a year's second half has.
      const unit = UNITS.get(words[i + 1] ?? "");
      if (unit === undefined || unit === 0 || unit > 9 || out.length === 0) return null;
      out.push({ kind: "group", value: unit, afterOh: true });
      i++;
      continue;
    }
    const tens = TENS.get(w);
    if (tens !== undefined) {
      const unit = UNITS.get(words[i + 1] ?? "");
      if (unit !== undefined && unit > 0 && unit < 10) {
        out.push({ kind: "group", value: tens + unit, afterOh: false });
        i++;
      } else out.push({ kind: "group", value: tens, afterOh: false });
      continue;
    }
    const unit = UNITS.get(w);
    if (unit === undefined) return null;
    out.push({ kind: "group", value: unit, afterOh: false });
  }
  return out;
}

/** The value of a run of pieces, or `null` when it is not one number. */
function valueOf(ps: readonly Piece[]): number | null {
  // A year read in two halves: "twenty twenty three", "nineteen ninety nine", "twenty oh five".
  const [first, second] = ps;
  if (ps.length === 2 && first?.kind === "group" && second?.kind === "group") {
    return first.value >= 10 && (second.value >= 10 || second.afterOh) ? first.value * 100 + second.value : null;
  }
  let total = 0;
  let current: number | null = null;
  let previous: Piece["kind"] | null = null;
  let lastScale = Infinity;
  for (const p of ps) {
    if (p.kind === "group") {
      if (previous === "group") return null; // "five six": two numbers, not one
      current = (current ?? 0) + p.value;
    } else if (p.value === 100) {
      if (current !== null && current % 100 !== current) return null;
      current = (current ?? 1) * 100;
    } else {
      if (p.value >= lastScale) return null; // "thousand … thousand"
      lastScale = p.value;
      total += (current ?? 1) * p.value;
      current = null;
    }
    previous = p.kind;
  }
  return total + (current ?? 0);
}

/**
 * The question with its numbers in words written as digits.
 * @example spokenNumbers("how many in twenty twenty three") // => "how many in 2023"
 * @example spokenNumbers("seven hundred and seventeen cases") // => "717 cases"
 * @example spokenNumbers("nine men and the one who ran") // => unchanged
 */
export function spokenNumbers(text: string): string {
  return text.replace(RUN, (run) => {
    const trailing = /[\s-]*$/u.exec(run)![0];
    // A leading "a"/"and" belongs to the sentence ("a hundred" excepted), a trailing "and"/"a"/"oh" too.
    const words = run.slice(0, run.length - trailing.length).toLowerCase().split(/[\s-]+/u);
    let first = 0;
    let last = words.length;
    while (first < last && (words[first] === "and" || words[first] === "oh" || (words[first] === "a" && !SCALES.has(words[first + 1] ?? "")))) first++;
    while (last > first && (words[last - 1] === "and" || words[last - 1] === "a" || words[last - 1] === "oh")) last--;
    const core = words.slice(first, last).map((w) => (w === "a" ? "one" : w));
    // A lone word below ten stays a word, as the articles print it, and a scale word needs a number
    // before it ("the million-pound question", "hundred" alone).
    if (core.length === 0 || SCALES.has(core[0]!)) return run;
    if (core.length === 1 && (UNITS.get(core[0]!) ?? 10) < 10) return run;
    const ps = pieces(core);
    const value = ps === null ? null : valueOf(ps);
    if (value === null) return run;
    const original = run.slice(0, run.length - trailing.length).split(/([\s-]+)/u);
    // Keep the words trimmed from either end; replace the number's own words with its digits.
    const head = original.slice(0, first * 2).join("");
    const tail = original.slice(last * 2 - 1).join("");
    return `${head}${value}${tail}${trailing}`;
  });
}
