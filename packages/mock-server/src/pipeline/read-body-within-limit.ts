import { concatBytes } from "@noble/hashes/utils.js";
import { proxyError } from "../proxy-error.js";
import type { PipelineStep } from "./pipeline-env.js";

/**
 * The default of `maxBodyBytes`, 10 MiB: room for a long chat with a few base64 images or a large
 * embeddings batch, yet a runaway test cannot grow the process by more than this per request.
 */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Reads the request body as text into `rawBody`, refusing one over `maxBytes` with 413 without holding
 * it: a `content-length` over the limit is refused before a byte is read, and a body without one
 * (chunked) is counted as it arrives and refused as soon as it passes the limit.
 */
export function readBodyWithinLimit(maxBytes: number): PipelineStep {
  return async (c, next) => {
    const declared = Number(c.req.header("content-length"));
    if (declared > maxBytes) return proxyError(413);
    const bytes = await readAtMost(c.req.raw.body, maxBytes);
    if (bytes === undefined) return proxyError(413);
    c.set("rawBody", new TextDecoder().decode(bytes));
    await next();
  };
}

/** The stream's bytes, or `undefined` as soon as they pass `maxBytes`. */
async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not cancelled: behind Node, cancelling destroys the socket before the 413 is written; the
      // adapter discards the rest once the response is sent.
      reader.releaseLock();
      return undefined;
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}
