/**
 * The types of the whole Atoma API, generated from `openapi/atoma.yaml`: `paths`, `components`,
 * `operations`, and every schema by name (`ChatCompletionResponse`, `ChatCompletionChunk`, ...).
 * Wire format: field names are snake_case, exactly as the API speaks.
 */
export type * from "./generated/atoma.js";
