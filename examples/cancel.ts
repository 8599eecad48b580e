// Cancelling with an AbortSignal: stop a stream halfway (a "Stop" button), and give up on a call
// that has not answered yet. Either way the connection is closed and the call rejects with
// APIUserAbortError.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/cancel.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/cancel.ts
import { createAtomaClient, isAPIUserAbortError } from "@atoma-ts/client";
import { withStreaming } from "@atoma-ts/streaming";

const atoma = withStreaming(
  createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY }),
);
const model = "meta-llama/Llama-3.3-70B-Instruct";

// 1. Stop a stream after its second piece of text. The connection closes at once; text already
// received in the same read may still be written.
const stop = new AbortController();
let pieces = 0;
try {
  const stream = await atoma.chat.stream(
    { model, messages: [{ role: "user", content: "Tell me a long story." }] },
    { signal: stop.signal },
  );
  for await (const text of stream.textStream) {
    process.stdout.write(text);
    if (++pieces === 2) stop.abort(); // breaking out of the loop would close the stream too
  }
} catch (error) {
  if (!isAPIUserAbortError(error)) throw error;
  console.log(`\nstream stopped: ${error.message}`);
}

// 2. Cancel a call before it answers, here 1 ms after sending it.
const cancel = new AbortController();
const pending = atoma.chat.create(
  { model, messages: [{ role: "user", content: "Hi" }] },
  { signal: cancel.signal },
);
setTimeout(() => cancel.abort(), 1);
try {
  await pending;
} catch (error) {
  if (!isAPIUserAbortError(error)) throw error;
  console.log(`call cancelled: ${error.message}`);
}
