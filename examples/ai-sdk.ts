// The Vercel AI SDK with Atoma: generateText, streamText and generateObject through @atoma-ts/ai-sdk,
// then the same call in verify mode (every answer's signature checked, the signer reported in
// providerMetadata.atoma) and in confidential mode (end-to-end encrypted to a locked node).
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/ai-sdk.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/ai-sdk.ts
import { createAtoma } from "@atoma-ts/ai-sdk";
import { generateObject, generateText, streamText } from "ai";
import * as z from "zod";

// The key comes from ATOMA_API_KEY (or ATOMASDK_BEARER_AUTH) when `apiKey` is not given.
const connection = { baseURL: process.env.ATOMA_BASE_URL };
const atoma = createAtoma(connection);
const model = "meta-llama/Llama-3.3-70B-Instruct";

const { text } = await generateText({ model: atoma(model), prompt: "Write a haiku about the sea." });
console.log(`generateText: ${text}`);

const result = streamText({ model: atoma(model), prompt: "Tell me a very short story." });
process.stdout.write("streamText: ");
for await (const piece of result.textStream) process.stdout.write(piece);
console.log(`\n(${(await result.usage).outputTokens} tokens)`);

const { object } = await generateObject({
  model: atoma(model),
  schema: z.object({ city: z.string(), celsius: z.number() }),
  prompt: "The weather in Lisbon",
});
console.log(`generateObject: ${object.city}, ${object.celsius} °C`);

const verified = createAtoma({ ...connection, verify: true });
const signed = await generateText({ model: verified(model), prompt: "Is this answer signed?" });
console.log(`verify mode: signed by ${String(signed.providerMetadata?.atoma?.signer)}`);

const secure = createAtoma({ ...connection, confidential: true });
const sealed = await generateText({ model: secure(model), prompt: "A secret question" });
console.log(`confidential mode: ${sealed.text.length} characters, decrypted and checked`);
