import type { OperationTypes } from "@atoma-ts/client";

// Lookups into the generated schemas. They go through @atoma-ts/client because @atoma-ts/types is not
// (yet) a dependency of this package; the types are the same `components["schemas"]` entries.
type ConfidentialChat = OperationTypes["confidential_chat_completions_create"];

/** The body of every `POST /v1/confidential/*` request (protocol step 5). */
export type ConfidentialComputeRequest = ConfidentialChat["request"];
/** A non-stream confidential response (protocol step 6). */
export type ConfidentialComputeResponse = ConfidentialChat["response"];
/** The `data` of one event of a confidential stream (protocol step 7). */
export type ConfidentialComputeStreamResponse = ConfidentialChat["chunk"];
