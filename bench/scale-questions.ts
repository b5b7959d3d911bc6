/**
 * The fixed question set of the scale benchmark. The synthetic corpora are made of software
 * documentation prose, so most questions ask about that; some lean on very common words ("value",
 * "function", "property", "return", which sit in a large share of the sentences, the p99 risk the issue
 * names); the last ten are the first ten news questions of eval/questions.json, which mostly should
 * find nothing here (the abstention path).
 * @module
 */
export const DOC_QUESTIONS: readonly string[] = [
  "how do I create a child logger",
  "what happens when the websocket connection is closed",
  "how many requests per second can the client send",
  "what does the encoder do with numbers",
  "why does the worker thread not exit",
  "how is the request timeout configured",
  "what is the default port of the server",
  "when was the breaking change introduced",
  "how do I register slash commands",
  "what is the maximum length of a message",
  "what does the stem function do",
  "how do I write a transport",
  "which browsers are supported",
  "how does the cache expire",
  "how is the buffer allocated",
  "what does readUint16BE return",
  "how does the inspector start profiling",
  "what is a CSS style sheet",
  "how do I mock a request with MockAgent",
  "how do I set the log level",
  "what does the redact option do",
  "what is the purpose of the abort signal",
  "which methods are deprecated",
  "what is an elliptic curve",
  "how are weak references collected",
  "what happens if the file descriptor is closed",
  "how do I validate a schema",
  "how do I parse a date string",
  "what does the error code mean",
  "what is the NIST name for the curve",
  // Very common words in this corpus: the long-posting-list case.
  "what is the value of the property",
  "how does the function return the result",
  "what type does the method return",
  "what is the default value of the option",
  "which object is returned by the function",
  "what does the element represent",
  "how is the string converted to a number",
  "what is the interface of the event",
  "can the array be used",
  "when is the callback called",
];
