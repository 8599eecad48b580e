import { bodyLimit } from "hono/body-limit";
import { proxyError } from "../proxy-error.js";
import type { PipelineStep } from "./pipeline-env.js";

/**
 * The default of `maxBodyBytes`, 10 MiB: room for a long chat with a few base64 images or a large
 * embeddings batch, yet a runaway test cannot grow the process by more than this per request.
 */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Refuses a request body over `maxBytes` with 413 without holding it (Hono's `bodyLimit`): a
 * `content-length` over the limit before a byte is read, a body without one (chunked) as soon as it
 * passes the limit while it is counted.
 */
export function limitBodySize(maxBytes: number): PipelineStep {
  return bodyLimit({ maxSize: maxBytes, onError: () => proxyError(413) });
}
