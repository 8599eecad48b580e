// Embeddings: turn two sentences into vectors and compare them by cosine similarity.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/embeddings.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/embeddings.ts
import { createAtomaClient } from "@atoma-ts/client";

const atoma = createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY });

const sentences = ["The food was delicious", "The meal tasted great"];
const result = await atoma.embeddings.create({
  model: "intfloat/multilingual-e5-large-instruct",
  input: sentences,
});

// Without encoding_format: "base64", each embedding is an array of numbers, in the order of the input.
const [a, b] = result.data.map((item) => item.embedding as number[]);
if (!a || !b) throw new Error(`expected two embeddings, got ${result.data.length}`);

const dot = (x: number[], y: number[]) => x.reduce((sum, value, i) => sum + value * (y[i] ?? 0), 0);
const cosine = dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
console.log(`${result.data.length} embeddings of ${a.length} dimensions`);
console.log(`cosine similarity: ${cosine.toFixed(3)}`);
