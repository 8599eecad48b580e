// The atoma-ts demo: every operation family once: the models, a chat, a streamed chat printing tokens
// as they arrive, the tool loop, a schema-checked answer, an embedding, an image, a verified response, a
// confidential streamed chat and the AI SDK provider, then a summary line. Against the embedded mock
// server by default; against the real API with `--base-url https://api.atoma.network` (or
// ATOMA_BASE_URL) and ATOMA_API_KEY.
//
//   pnpm demo                                   # mock server, in-process on loopback
//   ATOMA_API_KEY=... pnpm demo --base-url https://api.atoma.network [--model NAME]
//     [--embedding-model NAME] [--image-model NAME]
import { parseArgs } from "node:util";
import { createAtoma } from "@atoma-ts/ai-sdk";
import { createAtomaClient, type AtomaClient } from "@atoma-ts/client";
import { createConfidentialClient, withVerification } from "@atoma-ts/confidential";
import { createMockServer, listen } from "@atoma-ts/mock-server";
import { tool, withStreaming } from "@atoma-ts/streaming";
import { streamText } from "ai";
import * as z from "zod";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    model: { type: "string", default: "meta-llama/Llama-3.3-70B-Instruct" },
    "embedding-model": { type: "string", default: "intfloat/multilingual-e5-large-instruct" },
    "image-model": { type: "string", default: "black-forest-labs/FLUX.1-schnell" },
  },
});
const model = values.model;
const out = (text: string) => process.stdout.write(text);
const done: string[] = [];
const section = (title: string) => {
  done.push(title.split(":")[0]!);
  out(`\n── ${title} ${"─".repeat(Math.max(0, 60 - title.length))}\n`);
};

async function connect(): Promise<{ atoma: AtomaClient; stop(): Promise<void> }> {
  const baseUrl = values["base-url"] ?? process.env.ATOMA_BASE_URL;
  if (baseUrl) {
    if (!process.env.ATOMA_API_KEY) throw new Error("--base-url needs ATOMA_API_KEY in the environment");
    out(`Atoma API at ${baseUrl}\n`);
    return { atoma: createAtomaClient({ baseUrl, apiKey: process.env.ATOMA_API_KEY }), stop: async () => {} };
  }
  const running = await listen(createMockServer());
  out(`Embedded mock server at ${running.url}\n`);
  return {
    atoma: createAtomaClient({ apiKey: "demo-key", baseUrl: running.url }),
    stop: () => running.close(),
  };
}

async function main() {
  const started = performance.now();
  const { atoma: client, stop } = await connect();
  const atoma = withStreaming(client);
  try {
    section("models.list");
    const models = await atoma.models.list();
    out(`${models.data.map((entry) => entry.id).join(", ")}\n`);

    section("chat.create");
    const answer = await atoma.chat.create({
      model,
      messages: [{ role: "user", content: "Say hello in three languages." }],
    });
    out(`${answer.choices[0]?.message.content}\n(${answer.usage?.total_tokens} tokens)\n`);

    section("chat.stream: tokens as they arrive");
    const stream = await atoma.chat.stream({
      model,
      messages: [{ role: "user", content: "Tell me a short story." }],
    });
    for await (const text of stream.textStream) out(text);
    out("\n");

    section("chat.runTools: the tool loop, streamed");
    const getWeather = tool({
      name: "get_current_weather",
      description: "Get the current weather in a location",
      parameters: z.object({ location: z.string() }),
      run: ({ location }) => ({ location, temperature_c: 21 }),
    });
    const run = atoma.chat.runTools({
      model,
      messages: [{ role: "user", content: "What is the weather in Paris?" }],
      tools: [getWeather],
      stream: true,
    });
    for await (const event of run) {
      if (event.type === "tool_call")
        out(`the model calls ${event.call.function.name}(${event.call.function.arguments})\n`);
      if (event.type === "tool_result") out(`the tool returns ${event.content}\n`);
      if (event.type === "text") out(event.text);
    }
    out("\n");

    section("chat.parse: an answer typed and validated by a zod schema");
    const Forecast = z.object({ city: z.string(), celsius: z.number() });
    const forecast = await atoma.chat.parse({
      model,
      messages: [{ role: "user", content: "The weather in Lisbon" }],
      response_format: Forecast,
    });
    const parsed = forecast.choices[0]?.message.parsed;
    out(`${parsed?.city}: ${parsed?.celsius} °C\n`);

    section("embeddings.create");
    const embedding = await atoma.embeddings.create({
      model: values["embedding-model"],
      input: "The food was delicious",
    });
    const vector = embedding.data[0]?.embedding as number[];
    out(
      `${vector.length} dimensions: [${vector
        .slice(0, 4)
        .map((value) => value.toFixed(4))
        .join(", ")}, …]\n`,
    );

    section("images.generate");
    const image = await atoma.images.generate({
      model: values["image-model"],
      prompt: "A lighthouse at dawn, watercolor",
      size: "1024x1024",
    });
    out(`${image.data[0]?.url ?? `${image.data[0]?.b64_json?.length} base64 characters`}\n`);

    section("verified: withVerification(client).chat.create");
    const verified = await withVerification(client).chat.create({
      model,
      messages: [{ role: "user", content: "Signed?" }],
    });
    out(`signed by node ${verified.verification.signer}\n`);

    section("confidential: chat.stream, end-to-end encrypted");
    const secure = createConfidentialClient(atoma);
    const secret = await secure.chat.stream({
      model,
      messages: [{ role: "user", content: "A secret question" }],
    });
    for await (const text of secret.textStream) out(text);
    out("\n");

    section("ai-sdk: streamText in the Vercel AI SDK, every chunk's signature checked");
    const verifiedAtoma = createAtoma({ client, verify: true });
    const result = streamText({ model: verifiedAtoma(model), prompt: "Hello from the AI SDK" });
    for await (const text of result.textStream) out(text);
    out(`\nsigned by node ${String((await result.providerMetadata)?.atoma?.signer)}\n`);

    out(`\n✓ ${done.length} steps in ${Math.round(performance.now() - started)} ms: ${done.join(", ")}\n`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(
    `\ndemo failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
  process.exitCode = 1;
});
