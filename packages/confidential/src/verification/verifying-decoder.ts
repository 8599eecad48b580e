import type { ChunkDecoder } from "@atoma-ts/streaming";
import { createConcurrentDecoder, parseEventData } from "@atoma-ts/streaming/internal";
import { attachVerification } from "./verification.js";
import { verifySignedBody } from "./verify-signed-body.js";
import type { VerifySignerOptions } from "./verify-sui-signature.js";

/**
 * The chunk decoder of a plain stream whose chunks must be verified ("Verifiable responses"): each
 * event's data, exactly as received, must end with a `signature` of its `response_hash`, which must
 * be the BLAKE2b-256 of the data before those fields. Errors the server sends (`event: error`,
 * `{"error": ...}`) are thrown as the default decoder throws them. The events of each read are
 * verified concurrently.
 */
export function createVerifyingDecoder<Chunk extends object>(
  options: VerifySignerOptions,
): ChunkDecoder<Chunk> {
  return createConcurrentDecoder(async (data, event, context) => {
    const chunk = parseEventData(data, event, context) as Chunk;
    const { signer, responseHash } = await verifySignedBody(data, options);
    return attachVerification(chunk, { signer, responseHash });
  });
}
