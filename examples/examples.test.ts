// Runs every example as a user would (`tsx examples/<name>.ts`), against the mock server on loopback,
// and checks its output.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createMockServer, listen, type ListeningMockServer } from "@atoma-ts/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const SIGNER = /0x[0-9a-f]{64}/;

let running: ListeningMockServer;
beforeAll(async () => {
  running = await listen(createMockServer({ apiKey: "examples-key" }));
});
afterAll(() => running.close());

/** Runs a program as a user would (`tsx <file>`) with `env` over the environment; resolves to its output. */
async function program(file: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", file], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return stdout;
}

/** Runs `examples/<name>.ts` against the mock server. */
const example = (name: string) =>
  program(`examples/${name}.ts`, { ATOMA_BASE_URL: running.url, ATOMA_API_KEY: "examples-key" });

describe.concurrent("examples", () => {
  test("the demo (the README's main command) on its embedded mock server", async () => {
    // Its own mock server, whatever the environment says.
    const stdout = await program("demo/demo.ts", { ATOMA_BASE_URL: "" });
    expect(stdout).toMatch(
      /✓ 10 steps in \d+ ms: models\.list, chat\.create, chat\.stream, chat\.runTools, chat\.parse, embeddings\.create, images\.generate, verified, confidential, ai-sdk\n$/,
    );
    expect(stdout).toMatch(new RegExp(`signed by node ${SIGNER.source}\n\n✓`));
  });

  test("ai-sdk", async () => {
    const out = await example("ai-sdk");
    expect(out).toContain(
      'generateText: Hello from meta-llama/Llama-3.3-70B-Instruct! You said: "Write a haiku',
    );
    expect(out).toMatch(/streamText: .*You said: "Tell me a very short story\."[^]*\(\d+ tokens\)/);
    expect(out).toMatch(/generateObject: Lisbon, -?\d+(\.\d+)? °C/);
    expect(out).toMatch(new RegExp(`verify mode: signed by ${SIGNER.source}`));
    expect(out).toMatch(/confidential mode: [1-9]\d* characters, decrypted and checked/);
  });

  test("chat", async () => {
    const out = await example("chat");
    expect(out).toContain('You said: "Say hello in three languages."');
    expect(out).toMatch(/\(\d+ tokens\)/);
  });

  test("stream-to-terminal", async () => {
    expect(await example("stream-to-terminal")).toMatch(/Tell me a short story[^]*\(\d+ tokens, stop\)/);
  });

  test("stream-to-browser", async () => {
    expect(await example("stream-to-browser")).toContain('You said: "Tell me a short story."');
  });

  test("tool-calls", async () => {
    const out = await example("tool-calls");
    expect(out).toContain('the model calls get_current_weather({"location":');
    expect(out).toContain("then answers: ");
  });

  test("run-tools", async () => {
    const out = await example("run-tools");
    expect(out).toContain('→ get_weather({"city":"Paris"})\n→ get_local_time({"city":"Paris"})');
    expect(out).toContain('← {"city":"Paris","celsius":21,"sky":"clear"}\n← Paris: 14:05\n');
    expect(out).toContain('You said: "Weather and local time in Paris"');
    expect(out).toMatch(/\(5 messages, \d+ tokens in the last round\)\n$/);
  });

  test("structured-output", async () => {
    expect(await example("structured-output")).toMatch(/^forecast for Lisbon:\n {2}Lisbon: 1 °C, sunny\n$/);
  });

  test("embeddings", async () => {
    expect(await example("embeddings")).toMatch(
      /2 embeddings of \d+ dimensions\ncosine similarity: -?\d\.\d{3}/,
    );
  });

  test("images", async () => {
    expect(await example("images")).toMatch(/^https:\/\/\S+\.png$/m);
  });

  test("confidential-chat", async () => {
    const out = await example("confidential-chat");
    expect(out).toContain('You said: "A question nobody else may read."');
    expect(out).toMatch(new RegExp(`answered and signed by node ${SIGNER.source}`));
    expect(out).toContain('You said: "And a secret story."');
  });

  test("verified-responses", async () => {
    const out = await example("verified-responses");
    expect(out).toMatch(SIGNER);
    expect(out).toMatch(/[1-9]\d* stream chunks verified against trustedSigners/);
    expect(out).toContain("refused: untrusted-signer");
  });

  test("cancel", async () => {
    const out = await example("cancel");
    expect(out).toContain("stream stopped: POST /v1/chat/completions was aborted");
    expect(out).toContain("call cancelled: POST /v1/chat/completions was aborted");
  });

  test("retries-and-timeouts", async () => {
    const out = await example("retries-and-timeouts");
    expect(out).toMatch(/models\.list: \d+ models after 3 attempts/);
    expect(out).toContain("gave up: POST /v1/chat/completions timed out: no response headers after 500 ms");
  });
});
