import type { Verified } from "@atoma-ts/confidential";
import { encodeSSE } from "@atoma-ts/streaming/internal";
import { fetchAbortReason } from "./fetch-abort-reason.js";

/**
 * The metadata a checked answer carries to the AI SDK: its body (or each stream chunk) gets a
 * `providerMetadata` field, `{ atoma: { signer, responseHash } }`, which the embedding model passes
 * on as it is and the language models read (see `verification-metadata.ts`).
 */
function withProviderMetadata(value: Verified<object>): object {
  const { signer, responseHash } = value.verification;
  return { ...value, providerMetadata: { atoma: { signer, responseHash } } };
}

/**
 * The headers that also carry a checked JSON answer's verification, for the image model, which passes
 * on the response headers but not the body. Set only on answers re-encoded here (never the server's).
 */
export const VERIFICATION_HEADERS = {
  signer: "x-atoma-signer",
  responseHash: "x-atoma-response-hash",
} as const;

/** A checked (verified, or decrypted and verified) answer as the JSON response the models parse. */
export function jsonResponse(value: Verified<object>): Response {
  const { signer, responseHash } = value.verification;
  return new Response(JSON.stringify(withProviderMetadata(value)), {
    headers: {
      "content-type": "application/json",
      [VERIFICATION_HEADERS.signer]: signer,
      [VERIFICATION_HEADERS.responseHash]: responseHash,
    },
  });
}

/**
 * A checked stream as the event stream the models parse: each chunk is re-encoded as a `data:` event
 * once our stream has verified (and in confidential mode decrypted) it, so nothing unchecked reaches
 * the AI SDK. An error of our stream (a failed check, a dropped connection) errors the body; an abort
 * errors it with the signal's reason, as a `fetch` body does (the AI SDK then reports an abort).
 */
export function eventStreamResponse(
  chunks: AsyncIterable<Verified<object>>,
  signal: AbortSignal | undefined,
): Response {
  const source = chunks[Symbol.asyncIterator]();
  const withMetadata: AsyncIterator<object> = {
    next: async () => {
      try {
        const next = await source.next();
        return next.done ? next : { done: false, value: withProviderMetadata(next.value) };
      } catch (error) {
        throw fetchAbortReason(error, signal);
      }
    },
    return: async () => (await source.return?.()) ?? { done: true, value: undefined },
  };
  return new Response(encodeSSE(withMetadata), { headers: { "content-type": "text/event-stream" } });
}
