import type { components } from "@atoma-ts/types";

// Lookups into the generated schemas of @atoma-ts/types (a dependency of this package), not copies.

/** The body of every `POST /v1/confidential/*` request (protocol step 5). */
export type ConfidentialComputeRequest = components["schemas"]["ConfidentialComputeRequest"];
/** A non-stream confidential response (protocol step 6). */
export type ConfidentialComputeResponse = components["schemas"]["ConfidentialComputeResponse"];
/** The `data` of one event of a confidential stream (protocol step 7). */
export type ConfidentialComputeStreamResponse = components["schemas"]["ConfidentialComputeStreamResponse"];
