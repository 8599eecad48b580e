// The client with streaming, against the mock server: in-process, or over loopback HTTP.
import { createAtomaClient, type ClientOptions } from "@atoma-ts/client";
import { createMockServer, listen, type MockServer, type MockServerOptions } from "@atoma-ts/mock-server";
import { withStreaming } from "../with-streaming.js";

export const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
export const API_KEY = "test-key";

/** A chat request the mock answers with multi-byte text. */
export const chatParams = {
  model: MODEL,
  messages: [{ role: "user" as const, content: "Tell me about café crème and 🚀 rockets" }],
};

/** A chat request the mock answers with a tool call. */
export const toolParams = {
  model: MODEL,
  messages: [{ role: "user" as const, content: "What is the weather in Lisbon" }],
  tools: [
    {
      type: "function" as const,
      function: {
        name: "get_weather",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
      },
    },
  ],
};

export const completionParams = { model: MODEL, prompt: "Once upon a time", max_tokens: 12 };

/** A mock server and a streaming client calling its handler in-process. */
export function inProcess(options: MockServerOptions = {}, clientOptions: ClientOptions = {}) {
  const server = createMockServer({ apiKey: API_KEY, ...options });
  const atoma = withStreaming(
    createAtomaClient({
      apiKey: API_KEY,
      baseUrl: "http://mock.test",
      fetch: (input, init) => server.fetch(new Request(input, init)),
      ...clientOptions,
    }),
  );
  return { server, atoma };
}

/** A mock server on loopback HTTP and a streaming client using the global fetch. Close it after. */
export async function overLoopback(options: MockServerOptions = {}, clientOptions: ClientOptions = {}) {
  const server = createMockServer({ apiKey: API_KEY, ...options });
  const running = await listen(server);
  const atoma = withStreaming(createAtomaClient({ apiKey: API_KEY, baseUrl: running.url, ...clientOptions }));
  return { server, atoma, running, close: () => running.close() };
}

/** Waits until the mock's last request has an outcome; resolves to it. */
export async function outcomeOf(server: MockServer, within = 5_000): Promise<string | undefined> {
  const deadline = Date.now() + within;
  for (;;) {
    const outcome = server.requests.at(-1)?.outcome;
    if (outcome || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
