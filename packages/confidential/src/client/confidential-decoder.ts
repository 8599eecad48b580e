import type { ChunkDecoder } from "@atoma-ts/streaming";
import { createConcurrentDecoder, parseEventData } from "@atoma-ts/streaming/internal";
import type { ConfidentialSession } from "../protocol/confidential-session.js";
import { openSealedPayload } from "../protocol/open-sealed-payload.js";
import { attachVerification } from "../verification/verification.js";
import type { VerifySignerOptions } from "../verification/verify-sui-signature.js";

/**
 * The chunk decoder of a confidential stream (protocol step 7): each event's data is
 * `{ciphertext, nonce, usage?, signature, response_hash}`; it is decrypted with the nonce it carries,
 * its hash and signature checked, then parsed into one ordinary chunk, which gets its `verification`.
 * Errors the server sends in clear (`event: error`, `{"error": ...}`) are thrown as the default
 * decoder throws them. A chunk that fails a check throws, and nothing of its plaintext is returned.
 * The events of each read are opened concurrently (their signatures checked together in WebCrypto).
 */
export function createConfidentialDecoder<Chunk extends object>(
  session: ConfidentialSession,
  options: VerifySignerOptions,
): ChunkDecoder<Chunk> {
  return createConcurrentDecoder(async (data, event, context) => {
    const sealed = parseEventData(data, event, context);
    const { value, verification } = await openSealedPayload(sealed, session, options);
    return attachVerification(value as Chunk, verification);
  });
}
