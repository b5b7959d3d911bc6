/** The retrieval core: ingest, question parsing, indexing and ranking. Never imports discord.js. */
export { readCorpus, CorpusError, type RawArticle } from "./corpus.js";
export { segment } from "./segment.js";
export { segmentWithSnapshot, defaultSnapshotDir } from "./snapshot.js";
export { parseQuestion, type ParsedQuestion, type ParseOptions, type QueryTerm, type QuestionType } from "./question.js";
export { readsAsForeign } from "./language.js";
export { buildSentenceIndex, type SentenceIndex } from "./sentence-index.js";
export { rank, quotedIn, positionsOf, RANK_WEIGHTS, FEATURES, FEATURE_AT, type FeatureName, type RankedQuestion, type RankedUnit, type Unit, type RankContext } from "./rank.js";
export { loadNeighbours, type NeighbourTable } from "./neighbours.js";
export type { Article, Paragraph, Sentence, SpeakerSpan, TextSpan } from "./article.js";
export { buildRankContext, parseWords } from "./context.js";
export { loadVectors, type VectorTable } from "./vectors.js";
export { appositionAfter, sameSpeakerName } from "./speakers.js";
export { measuresTime, placesInTime } from "./units.js";
