import { createSerdeJson } from "./serde-json.js";

/** Where the bodies the mock writes hold f64s (vLLM's floats); every other number is an integer. */
export const FLOAT_PATHS = [
  // Chat log probabilities, plain and streamed.
  "choices.*.logprobs.content.*.logprob",
  "choices.*.logprobs.content.*.top_logprobs.*.logprob",
  // Completions log probabilities: a list, and maps of token to log probability.
  "choices.*.logprobs.token_logprobs.*",
  "choices.*.logprobs.top_logprobs.*.*",
  // Embedding vectors (`encoding_format: base64` ones are strings, and are left alone).
  "data.*.embedding.*",
];

/** A response body or chunk in the bytes Atoma's node signs and sends (serde_json's). */
export const bodyJson = createSerdeJson(FLOAT_PATHS);
