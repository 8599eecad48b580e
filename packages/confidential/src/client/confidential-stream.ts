import { operationName } from "@atoma-ts/client/internal";
import {
  createChatStream,
  createCompletionStream,
  type ChatStream,
  type CompletionStream,
  type StreamRequestOptions,
} from "@atoma-ts/streaming";
import { bindSessionToBody } from "./bind-session-to-body.js";
import { createConfidentialDecoder } from "./confidential-decoder.js";
import type { ConfidentialBase } from "../protocol/lock-node.js";
import { sendConfidential, type ConfidentialCall, type Sealer } from "../protocol/send-confidential.js";
import type { VerifySignerOptions } from "../verification/verify-sui-signature.js";

/** The stream classes a confidential stream can be read as. */
export interface ConfidentialStreams {
  chat: ChatStream;
  completions: CompletionStream;
}

/**
 * A confidential stream: lock, seal and send, then read the events through the streaming package
 * with a decoder that decrypts and verifies each one (protocol step 7), so that `textStream`,
 * `finalCompletion()`, `abort()`, the idle timeout and truncation work as on a plain stream. The
 * session is destroyed when the body ends, fails or is cancelled; errors carry no `partial`.
 */
export async function streamConfidential<Kind extends keyof ConfidentialStreams>(
  kind: Kind,
  atoma: ConfidentialBase,
  call: ConfidentialCall,
  options: StreamRequestOptions,
  verify: VerifySignerOptions,
  seal?: Sealer,
): Promise<ConfidentialStreams[Kind]> {
  const { idleTimeout, dataTimeout, maxEventSize, ...requestOptions } = options;
  const { response, session } = await sendConfidential(atoma, call, requestOptions, seal);
  const body = bindSessionToBody(response, session);
  const streamOptions = {
    decode: createConfidentialDecoder<never>(session, verify),
    signal: options.signal,
    idleTimeout,
    dataTimeout,
    maxEventSize,
    operation: operationName(call.operationId),
    // What a failed stream assembled is decrypted plaintext: it must not travel in an error.
    keepPartial: false,
  };
  const stream =
    kind === "chat" ? createChatStream(body, streamOptions) : createCompletionStream(body, streamOptions);
  return stream as ConfidentialStreams[Kind];
}
