// A chat completion: one question, one answer, and the tokens it cost.
//
// Run it against the real API, or against the mock server (`pnpm exec atoma-mock-server --port 4010`):
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/chat.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/chat.ts
import { createAtomaClient } from "@atoma-ts/client";

// ATOMA_BASE_URL unset: https://api.atoma.network.
const atoma = createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY });

const completion = await atoma.chat.create({
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [
    { role: "system", content: "You are a concise assistant." },
    { role: "user", content: "Say hello in three languages." },
  ],
  max_completion_tokens: 128,
});

console.log(completion.choices[0]?.message.content);
console.log(`(${completion.usage?.total_tokens} tokens)`);
