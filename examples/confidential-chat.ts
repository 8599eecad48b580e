// Confidential chat: the request is encrypted on this machine to a node running in a trusted
// execution environment, and only that node can read it; the answer comes back encrypted and signed,
// and is decrypted and verified here. The same client streams, too.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/confidential-chat.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/confidential-chat.ts
import { createAtomaClient } from "@atoma-ts/client";
import { createConfidentialClient } from "@atoma-ts/confidential";

const atoma = createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY });
const secure = createConfidentialClient(atoma);
const model = "meta-llama/Llama-3.3-70B-Instruct";

const completion = await secure.chat.create({
  model,
  messages: [{ role: "user", content: "A question nobody else may read." }],
});
console.log(completion.choices[0]?.message.content);
console.log(`answered and signed by node ${completion.verification.signer}`);

// Streamed: each event is decrypted and verified before it is yielded.
const stream = await secure.chat.stream({
  model,
  messages: [{ role: "user", content: "And a secret story." }],
});
for await (const text of stream.textStream) process.stdout.write(text);
process.stdout.write("\n");
