import type { MetadataExtractor } from "@ai-sdk/openai-compatible";

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

/** The `providerMetadata.atoma` that a checked body or chunk carries (see `withProviderMetadata`). */
function verificationIn(value: unknown): AtomaVerificationMetadata | undefined {
  const metadata = (value as { providerMetadata?: { atoma?: AtomaVerificationMetadata } } | null)
    ?.providerMetadata;
  return metadata?.atoma;
}

/**
 * Gives the chat model's results `providerMetadata.atoma`: for a generated step, the answer's
 * verification; for a stream, a summary of its chunks' (each chunk is signed on its own). Plain mode
 * answers carry none, and get none.
 */
export const verificationMetadata: MetadataExtractor = {
  extractMetadata: async ({ parsedBody }) => {
    const verification = verificationIn(parsedBody);
    return verification && { atoma: verification };
  },
  createStreamExtractor: () => {
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
  },
};
