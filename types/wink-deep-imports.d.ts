// Node ESM needs the `.js` suffix on wink-nlp's deep imports; its types only declare the bare name (libraries.md §2.1).
declare module "wink-nlp/utilities/bm25-vectorizer.js" {
  export { default } from "wink-nlp/utilities/bm25-vectorizer";
}
