import { ChatStream, CompletionStream, encodeSSE, type ChunkStream } from "@atoma-ts/streaming";

// A mixin's base must take any arguments (TypeScript's rule for mixins).
type StreamClass = new (...args: any[]) => ChunkStream<unknown, unknown>;

/**
 * A stream class whose errors carry no `partial`: the streaming layer puts what a stream had
 * assembled on its connection, timeout and truncation errors, and for a confidential stream that is
 * decrypted plaintext, which must not travel in an error (loggers serialize errors whole). Every way
 * of reading the stream goes through the overridden methods: `textStream` iterates `this`, `tee()`
 * builds branches of this same class, `toReadableStream()` is rebuilt on the iterator here.
 */
function redacting<Base extends StreamClass>(Base: Base) {
  return class RedactingStream extends Base {
    override [Symbol.asyncIterator](): AsyncIterator<unknown> {
      const chunks = super[Symbol.asyncIterator]();
      return {
        next: () => chunks.next().catch(rethrowRedacted),
        return: () => chunks.return!(),
      };
    }

    override finalCompletion(): Promise<unknown> {
      return super.finalCompletion().catch(rethrowRedacted);
    }

    override toReadableStream(): ReadableStream<Uint8Array> {
      return encodeSSE(this[Symbol.asyncIterator]());
    }
  };
}

const RedactingChatStream = redacting(ChatStream as StreamClass);
const RedactingCompletionStream = redacting(CompletionStream as StreamClass);

function rethrowRedacted(error: unknown): never {
  if (error !== null && typeof error === "object" && Object.hasOwn(error, "partial")) {
    (error as { partial: unknown }).partial = undefined;
  }
  throw error;
}

/**
 * Makes a stream made by `createChatStream` or `createCompletionStream` drop the `partial` of its
 * errors (see {@link redacting}). It stays the same object and a `ChatStream` (or
 * `CompletionStream`): only its prototype gains the overrides, since the streaming package builds
 * its streams itself.
 */
export function redactStreamErrors<Stream extends ChatStream | CompletionStream>(stream: Stream): Stream {
  const redacted = stream instanceof ChatStream ? RedactingChatStream : RedactingCompletionStream;
  return Object.setPrototypeOf(stream, redacted.prototype) as Stream;
}
