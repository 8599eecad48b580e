import type { MetadataExtractor } from "@ai-sdk/openai-compatible";
import { VERIFICATION_HEADERS } from "./verified-responses.js";

/** `providerMetadata.atoma` of a checked answer: who signed it, and the hash they signed. */
export type AtomaVerificationMetadata = {
  /** The signer's Sui address (`0x` + 64 hex digits): the node that answered. */
  signer: string;
  /** The `response_hash` (base64 of BLAKE2b-256) that the signature covers. */
  responseHash: string;
};

/** `providerMetadata.atoma` of a checked stream: the last chunk's signer and hash, and how many were checked. */
export type AtomaStreamVerificationMetadata = AtomaVerificationMetadata & {
  /** How many chunks were verified, each before it was passed on. */
  verifiedChunks: number;
};

/**
 * `providerMetadata.atoma` of `generateImage`: the AI SDK keeps only the `images` list of an image
 * model's metadata, so each image carries the verification of the answer it came in.
 */
export type AtomaImageVerificationMetadata = {
  /** One per image, in the order of `images`. */
  images: AtomaVerificationMetadata[];
};

/** The `providerMetadata.atoma` that a checked body or chunk carries (see `withProviderMetadata`). */
export function verificationIn(value: unknown): AtomaVerificationMetadata | undefined {
  const metadata = (value as { providerMetadata?: { atoma?: AtomaVerificationMetadata } } | null)
    ?.providerMetadata;
  return metadata?.atoma;
}

/** The verification that the headers of a checked answer carry (see `jsonResponse`). */
export function verificationInHeaders(
  headers: Record<string, string | undefined> | undefined,
): AtomaVerificationMetadata | undefined {
  const signer = headers?.[VERIFICATION_HEADERS.signer];
  const responseHash = headers?.[VERIFICATION_HEADERS.responseHash];
  return signer && responseHash ? { signer, responseHash } : undefined;
}

/**
 * Sums up the verifications of a stream's chunks (each chunk is signed on its own): fed every parsed
 * chunk, it builds `{ atoma: { signer, responseHash, verifiedChunks } }` of the last checked one, or
 * nothing if none was checked.
 */
export function createStreamVerificationSummary(): ReturnType<MetadataExtractor["createStreamExtractor"]> {
  let last: AtomaVerificationMetadata | undefined;
  let verifiedChunks = 0;
  return {
    processChunk(chunk) {
      const verification = verificationIn(chunk);
      if (!verification) return;
      last = verification;
      verifiedChunks++;
    },
    buildMetadata: () => last && { atoma: { ...last, verifiedChunks } },
  };
}

/**
 * Gives the chat model's results `providerMetadata.atoma`: for a generated step, the answer's
 * verification; for a stream, a summary of its chunks'.
 */
export const verificationMetadata: MetadataExtractor = {
  extractMetadata: async ({ parsedBody }) => {
    const verification = verificationIn(parsedBody);
    return verification && { atoma: verification };
  },
  createStreamExtractor: createStreamVerificationSummary,
};
