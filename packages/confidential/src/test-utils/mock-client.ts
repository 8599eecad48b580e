// A client and a confidential client against the mock server: in-process, or over loopback HTTP.
import { createAtomaClient, type ClientOptions, type FetchLike } from "@atoma-ts/client";
import { createMockServer, listen, type MockServer, type MockServerOptions } from "@atoma-ts/mock-server";
import { createConfidentialClient, type ConfidentialClientOptions } from "../client/confidential-client.js";

export const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
export const EMBEDDING_MODEL = "intfloat/multilingual-e5-large-instruct";
export const IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell";

/** A secret API key and a secret prompt that must never show up in an error or a request log. */
export const API_KEY = "sk-canary-api-key-3e9d1c";
export const CANARY = "CANARY-PROMPT-9b47e1";

export const chatParams = {
  model: MODEL,
  messages: [{ role: "user" as const, content: `Keep this quiet: ${CANARY}, café crème 🚀` }],
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

export const completionParams = { model: MODEL, prompt: `Once upon a time ${CANARY}`, max_tokens: 12 };
export const embeddingParams = { model: EMBEDDING_MODEL, input: [CANARY, "second"] };
export const imageParams = { model: IMAGE_MODEL, prompt: `A lighthouse, ${CANARY}` };

/** How a setup is made: the server's options, the client's, the confidential client's, a fetch wrapper. */
export interface SetupOptions {
  server?: MockServerOptions;
  client?: ClientOptions;
  secure?: ConfidentialClientOptions;
  /** Wraps the fetch the client sends with (to rewrite or delay real traffic). */
  wrap?: (fetch: FetchLike) => FetchLike;
}

export type Setup = ReturnType<typeof makeSetup>;

function makeSetup(server: MockServer, baseUrl: string, fetch: FetchLike, options: SetupOptions) {
  const atoma = createAtomaClient({
    apiKey: API_KEY,
    baseUrl,
    fetch: options.wrap ? options.wrap(fetch) : fetch,
    ...options.client,
  });
  return { server, atoma, secure: createConfidentialClient(atoma, options.secure) };
}

/** A mock server and clients calling its handler in-process. */
export function inProcess(options: SetupOptions = {}): Setup {
  const server = createMockServer({ apiKey: API_KEY, ...options.server });
  const fetch: FetchLike = (input, init) => server.fetch(new Request(input, init));
  return makeSetup(server, "http://mock.test", fetch, options);
}

/** A mock server on loopback HTTP and clients using the global fetch. Close it after. */
export async function overLoopback(options: SetupOptions = {}) {
  const server = createMockServer({ apiKey: API_KEY, ...options.server });
  const running = await listen(server);
  const fetch: FetchLike = (input, init) => globalThis.fetch(input, init);
  return { ...makeSetup(server, running.url, fetch, options), running, close: () => running.close() };
}

/** A setup that may need closing (loopback) or not (in-process). */
export type MakeSetup = (options?: SetupOptions) => Promise<Setup & { close?: () => Promise<void> }>;

/** Both transports, for `describe.each(Object.entries(SETUPS))`. */
export const SETUPS: Record<string, MakeSetup> = {
  "in-process": async (options) => inProcess(options),
  "over loopback": overLoopback,
};

/** A test body run on a fresh setup of `makeSetup`, closed after. */
export const runWith =
  (makeSetup: MakeSetup) => (test: (setup: Setup) => Promise<void>, options?: SetupOptions) => async () => {
    const setup = await makeSetup(options);
    try {
      await test(setup);
    } finally {
      await setup.close?.();
    }
  };

/** Waits until the mock's last request has an outcome; resolves to it. */
export async function outcomeOf(server: MockServer, within = 5_000): Promise<string | undefined> {
  const deadline = Date.now() + within;
  for (;;) {
    const outcome = server.requests.at(-1)?.outcome;
    if (outcome || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The paths the server was asked, in order, with their status. */
export const trafficOf = (server: MockServer) =>
  server.requests.map(({ path, status }) => `${status} ${path}`);
