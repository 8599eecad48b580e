import { operationName } from "@atoma-ts/client/internal";
import type { ChunkStreamOptions, StreamRequestOptions } from "@atoma-ts/streaming";
import { bindSessionToBody } from "./bind-session-to-body.js";
import { createConfidentialDecoder } from "./confidential-decoder.js";
import type { ConfidentialBase } from "../protocol/lock-node.js";
import { sendConfidential, type ConfidentialCall, type Sealer } from "../protocol/send-confidential.js";
import type { VerifySignerOptions } from "../verification/verify-sui-signature.js";

/**
 * A confidential stream: lock, seal and send, then read the events with `read` (a chat or completion
 * stream of the streaming package) and a decoder that decrypts and verifies each one (protocol step 7), so that `textStream`,
 * `finalCompletion()`, `abort()`, the idle timeout and truncation work as on a plain stream. The
 * session is destroyed when the body ends, fails or is cancelled; errors carry no `partial`.
 */
export async function streamConfidential<Stream>(
  read: (body: Response, options: ChunkStreamOptions<never>) => Stream,
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  options: StreamRequestOptions,
  verify: VerifySignerOptions,
  seal?: Sealer,
): Promise<Stream> {
  // One options object serves both, as for a plain stream: the request takes its own keys, the stream its.
  const { response, session } = await sendConfidential(atoma, call, options, seal);
  const body = bindSessionToBody(response, session);
  const streamOptions = {
    ...options,
    decode: createConfidentialDecoder<never>(session, verify),
    operation: operationName(call.operationId),
    // What a failed stream assembled is decrypted plaintext: it must not travel in an error.
    keepPartial: false,
  };
  return read(body, streamOptions);
}
