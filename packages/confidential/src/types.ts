import type { components } from "@atoma-ts/types";

// Lookups into the generated schemas of @atoma-ts/types (a dependency of this package), not copies.
type Schemas = components["schemas"];

/** The body of every `POST /v1/confidential/*` request (protocol step 5). */
export type ConfidentialComputeRequest = Schemas["ConfidentialComputeRequest"];
/** A non-stream confidential response (protocol step 6). */
export type ConfidentialComputeResponse = Schemas["ConfidentialComputeResponse"];
/** The `data` of one event of a confidential stream (protocol step 7). */
export type ConfidentialComputeStreamResponse = Schemas["ConfidentialComputeStreamResponse"];
