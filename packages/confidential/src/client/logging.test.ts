// The client's log, at "debug", through every kind of confidential call and failure: it shows the
// calls (lock, confidential operation, status, attempts) but never a confidential body, so neither the
// canary prompt (in every request's and answer's plaintext) nor the API key is in any line. And the
// confidential package logs nothing of its own.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger, LogLevel } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import {
  API_KEY,
  CANARY,
  chatParams,
  completionParams,
  embeddingParams,
  imageParams,
  inProcess,
  overLoopback,
  runWith,
  type SetupOptions,
} from "../test-utils/mock-client.js";
import { editConfidential, TAMPERS } from "../test-utils/rewrite.js";

function recordingLogger() {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const logger: Logger = {
    error: record("error"),
    warn: record("warn"),
    info: record("info"),
    debug: record("debug"),
  };
  return { logger, lines };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const ignore = () => {};
const soon = { "x-mock-retry-after-ms": "1" };

type Setup = ReturnType<typeof inProcess>;
const CALLS: Record<string, { options?: SetupOptions; run: (setup: Setup) => Promise<unknown> }> = {
  "chat.create": { run: ({ secure }) => secure.chat.create(chatParams) },
  "chat.stream, read to the end": {
    run: async ({ secure }) => (await secure.chat.stream(chatParams)).finalCompletion(),
  },
  "completions.create": { run: ({ secure }) => secure.completions.create(completionParams) },
  "embeddings.create": { run: ({ secure }) => secure.embeddings.create(embeddingParams) },
  "images.generate": { run: ({ secure }) => secure.images.generate(imageParams) },
  "a 400": {
    run: ({ secure }) => secure.chat.create(chatParams, { headers: { "x-mock-status": "400" } }),
  },
  "a 500, retried": {
    run: ({ secure }) =>
      secure.chat.create(chatParams, { maxRetries: 1, headers: { "x-mock-status": "500", ...soon } }),
  },
  "a 425, locked again": {
    options: { server: { lockTtlMs: 20 } },
    run: ({ secure }) => secure.chat.create(chatParams, { headers: { "x-mock-latency": "60" } }),
  },
  "a 503 from the lock": {
    options: { server: { confidentialModels: [] }, client: { maxRetries: 0 } },
    run: ({ secure }) => secure.chat.create(chatParams),
  },
  "a tampered answer": {
    options: { wrap: editConfidential(TAMPERS["a flipped ciphertext byte"].edit) },
    run: ({ secure }) => secure.chat.create(chatParams),
  },
  "a dropped stream": {
    run: async ({ secure }) =>
      (await secure.chat.stream(chatParams, { headers: { "x-mock-drop-after": "15" } })).finalCompletion(),
  },
  "a timeout": {
    run: ({ secure }) =>
      secure.chat.create(chatParams, { timeout: 40, headers: { "x-mock-latency": "300" } }),
  },
  "an abort": {
    run: ({ secure }) =>
      secure.chat.create(chatParams, {
        signal: AbortSignal.timeout(30),
        headers: { "x-mock-latency": "300" },
      }),
  },
};

const withLog = (options: SetupOptions = {}, logLevel: LogLevel, logger: Logger): SetupOptions => ({
  ...options,
  client: { ...options.client, logLevel, logger },
});

function expectNoSecrets(lines: string[]): void {
  const text = lines.join("\n");
  for (const secret of [CANARY, API_KEY, API_KEY.slice(3)]) expect(text).not.toContain(secret);
}

describe("the client's debug log of confidential calls", () => {
  it.each(Object.entries(CALLS))("%s, in-process", async (_, { options, run }) => {
    const { logger, lines } = recordingLogger();
    await run(inProcess(withLog(options, "debug", logger))).catch(ignore);
    await settle();
    expect(lines.some((line) => line.startsWith("debug atoma: POST /v1/nodes/lock request"))).toBe(true);
    expectNoSecrets(lines);
  });

  it.each(Object.entries(CALLS))("%s, over loopback", async (_, { options, run }) => {
    const { logger, lines } = recordingLogger();
    const runOverLoopback = runWith(overLoopback)(
      async (setup) => {
        await run(setup).catch(ignore);
        await settle();
      },
      withLog(options, "debug", logger),
    );
    await runOverLoopback();
    expectNoSecrets(lines);
  });

  it("shows each call and its lock, their bodies only where not confidential", async () => {
    const { logger, lines } = recordingLogger();
    await inProcess(withLog({}, "debug", logger)).secure.chat.create(chatParams);
    await settle();
    const confidential = lines.filter((line) => line.includes("/v1/confidential/"));
    expect(confidential).toEqual([
      expect.stringMatching(
        /^debug atoma: POST \/v1\/confidential\/chat\/completions request headers .*"authorization":"Bearer \*\*\*".* body \[confidential\]$/,
      ),
      expect.stringMatching(
        /^info atoma: POST \/v1\/confidential\/chat\/completions 200 in \d+ ms \(attempt 1/,
      ),
      expect.stringMatching(
        /^debug atoma: POST \/v1\/confidential\/chat\/completions 200 response headers .* body \[confidential\]$/,
      ),
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^info atoma: POST \/v1\/nodes\/lock 200 in \d+ ms/));
  });

  it("control: a plain call's bodies are logged, so the check would see the prompt in one", async () => {
    const { logger, lines } = recordingLogger();
    await inProcess(withLog({}, "debug", logger)).atoma.chat.create(chatParams);
    await settle();
    expect(() => expectNoSecrets(lines)).toThrow();
  });

  it("shows the failure of a call", async () => {
    const { logger, lines } = recordingLogger();
    const secure = inProcess(withLog({}, "error", logger)).secure;
    await secure.chat.create(chatParams, { headers: { "x-mock-status": "400" } }).catch(ignore);
    expect(lines).toEqual([
      expect.stringMatching(/^error atoma: POST \/v1\/confidential\/chat\/completions failed: 400 /),
    ]);
  });
});

describe("the confidential package itself", () => {
  it("logs nothing when the client's log is off", async () => {
    const { logger, lines } = recordingLogger();
    for (const { options, run } of Object.values(CALLS)) {
      await run(inProcess(withLog(options, "off", logger))).catch(ignore);
    }
    expect(lines).toEqual([]);
  });

  it("has no console call in its source", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "test-utils" ? [] : sources(path);
        return /(?<!\.test)(?<!\.test-d)\.ts$/.test(entry.name) ? [path] : [];
      });
    const files = sources(join(import.meta.dirname, ".."));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      // Doc comments show users calling console; code lines do not.
      const code = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
      expect(
        code.filter((line) => /\bconsole\./.test(line)),
        file,
      ).toEqual([]);
    }
  });
});
