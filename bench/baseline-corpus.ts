/**
 * The baseline's own ingest: read the same folder of articles, drop the headline line, split each
 * line (paragraph) into sentences with wink-nlp (the same tokeniser the BM25 baseline uses), keep exact
 * offsets. This is what an "equivalent baseline script" has to do before BM25 can index anything.
 * @module
 */
import type { BaselineSentence } from "../eval/baseline.js";
import { readCorpus } from "../src/retrieval/corpus.js";
import { tokenise } from "../src/retrieval/nlp.js";

export function baselineSentences(dir: string): BaselineSentence[] {
  const out: BaselineSentence[] = [];
  for (const article of readCorpus(dir)) {
    const text = article.text;
    // A line is a paragraph (wink never splits on a single newline, libraries.md §2.2), as in the
    // project's segment(); the first non-empty line is the headline.
    const line = /[^\r\n]+/gu;
    let first = true;
    for (const m of text.matchAll(line)) {
      if (m[0].trim() === "") continue;
      if (first) {
        first = false; // the headline
        continue;
      }
      const base = m.index;
      const { tokens, sentences } = tokenise(m[0], base);
      for (const [a, b] of sentences) {
        const start = tokens[a]!.start;
        const end = tokens[b]!.end;
        out.push({ articleId: article.id, start, end, text: text.slice(start, end) });
      }
    }
  }
  return out;
}
