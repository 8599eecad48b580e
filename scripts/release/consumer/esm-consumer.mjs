// A user's ES module: the installed mock server on loopback, then a chat and a stream through it, and the
// same through the AI SDK provider (verify mode).
import { createAtoma } from "@atoma-ts/ai-sdk";
import { createAtomaClient } from "@atoma-ts/client";
import { createMockServer, listen } from "@atoma-ts/mock-server";
import { withStreaming } from "@atoma-ts/streaming";
import { generateText, streamText } from "ai";

const running = await listen(createMockServer({ apiKey: "test-key" }));
try {
  const atoma = withStreaming(createAtomaClient({ apiKey: "test-key", baseUrl: running.url }));
  const params = {
    model: "meta-llama/Llama-3.3-70B-Instruct",
    messages: [{ role: "user", content: "Hello from an ES module" }],
  };
  const chat = await atoma.chat.create(params);
  const stream = await atoma.chat.stream(params);
  let streamed = "";
  for await (const text of stream.textStream) streamed += text;
  const final = await stream.finalCompletion();
  const verified = createAtoma({ apiKey: "test-key", baseURL: running.url, verify: true })(params.model);
  const prompt = params.messages[0].content;
  const generated = await generateText({ model: verified, prompt });
  console.log(
    JSON.stringify({
      entries: ["@atoma-ts/client", "@atoma-ts/streaming", "@atoma-ts/mock-server", "@atoma-ts/ai-sdk"].map(
        (name) => import.meta.resolve(name),
      ),
      chat: chat.choices[0].message.content,
      streamed,
      final: final.choices[0].message.content,
      usage: final.usage,
      aiSdk: {
        text: generated.text,
        streamed: await streamText({ model: verified, prompt }).text,
        signer: generated.providerMetadata?.atoma?.signer,
      },
    }),
  );
} finally {
  await running.close();
}
