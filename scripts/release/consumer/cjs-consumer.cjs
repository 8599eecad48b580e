// A user's CommonJS module: the installed mock server on loopback, then a chat and a stream through it,
// and the same through the AI SDK provider (verify mode).
const { createAtoma } = require("@atoma-ts/ai-sdk");
const { createAtomaClient } = require("@atoma-ts/client");
const { createMockServer, listen } = require("@atoma-ts/mock-server");
const { withStreaming } = require("@atoma-ts/streaming");
const { generateText, streamText } = require("ai");

async function main() {
  const running = await listen(createMockServer({ apiKey: "test-key" }));
  try {
    const atoma = withStreaming(createAtomaClient({ apiKey: "test-key", baseUrl: running.url }));
    const params = {
      model: "meta-llama/Llama-3.3-70B-Instruct",
      messages: [{ role: "user", content: "Hello from CommonJS" }],
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
          (name) => require.resolve(name),
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
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
