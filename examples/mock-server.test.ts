// The mock server in a test: a real local Atoma on loopback, so your code is tested over HTTP with
// no network and no key. Its answers are deterministic, and faults are asked for with headers.
//
//   pnpm exec vitest run --project examples examples/mock-server.test.ts
import { createAtomaClient, isRateLimitError, type AtomaClient } from "@atoma-ts/client";
import { createMockServer, listen, type ListeningMockServer } from "@atoma-ts/mock-server";
import { afterAll, beforeAll, expect, test } from "vitest";

// The code under test: it takes a client, so a test can hand it one pointed at the mock.
async function summarize(atoma: AtomaClient, text: string): Promise<string> {
  const completion = await atoma.chat.create({
    model: "meta-llama/Llama-3.3-70B-Instruct",
    messages: [{ role: "user", content: `Summarize: ${text}` }],
  });
  return completion.choices[0]?.message.content ?? "";
}

const server = createMockServer({ apiKey: "test-key" });
let running: ListeningMockServer;
beforeAll(async () => {
  running = await listen(server); // http://127.0.0.1:<free port>
});
afterAll(() => running.close());

test("summarize sends the text and returns the answer", async () => {
  const atoma = createAtomaClient({ baseUrl: running.url, apiKey: "test-key" });
  expect(await summarize(atoma, "the mock server")).toContain("the mock server");
  // The server keeps what it received, its body validated against the spec.
  expect(server.requests.at(-1)).toMatchObject({ path: "/v1/chat/completions", status: 200 });
});

test("a rate limit reaches the caller as a RateLimitError", async () => {
  const atoma = createAtomaClient({
    baseUrl: running.url,
    apiKey: "test-key",
    maxRetries: 0,
    headers: { "x-mock-status": "429" },
  });
  await expect(summarize(atoma, "anything")).rejects.toSatisfy(isRateLimitError);
});

test("in-process, without a socket: server.fetch is a (Request) => Response handler", async () => {
  const atoma = createAtomaClient({
    apiKey: "test-key",
    baseUrl: "http://mock",
    fetch: (input, init) => server.fetch(new Request(input, init)),
  });
  expect(await summarize(atoma, "no socket")).toContain("no socket");
});
