// Streaming a chat to the terminal: print each piece of text as it arrives, then the usage of the
// whole completion.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/stream-to-terminal.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/stream-to-terminal.ts
import { createAtomaClient } from "@atoma-ts/client";
import { withStreaming } from "@atoma-ts/streaming";

// withStreaming adds chat.stream and completions.stream to the client.
const atoma = withStreaming(
  createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY }),
);

const stream = await atoma.chat.stream({
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [{ role: "user", content: "Tell me a short story." }],
});
for await (const text of stream.textStream) process.stdout.write(text);

// The stream has been read: finalCompletion() is the whole response, assembled from the chunks.
const completion = await stream.finalCompletion();
console.log(`\n(${completion.usage?.total_tokens} tokens, ${completion.choices[0]?.finish_reason})`);
