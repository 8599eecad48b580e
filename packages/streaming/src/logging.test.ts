// The client's log around streams, at "debug": a line per attempt, the request, and the response's
// headers but never its events ("[stream]"); the API key in no line, through every failure of a stream.
import type { Logger } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import { drain } from "./test-utils/crafted.js";
import { chatParams, completionParams, inProcess, overLoopback } from "./test-utils/mock-client.js";

const CANARY_KEY = "sk-canary-streaming-log-8d2e4f";

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

type Atoma = ReturnType<typeof inProcess>["atoma"];
const read = async (pending: Promise<AsyncIterable<unknown>>) => {
  const { error } = await drain(await pending);
  if (error) throw error;
};
const soon = { "x-mock-retry-after-ms": "1" };

const STREAMS: Record<string, (atoma: Atoma) => Promise<unknown>> = {
  "a chat stream": (atoma) => read(atoma.chat.stream(chatParams)),
  "a completion stream": (atoma) => read(atoma.completions.stream(completionParams)),
  "a 401": (atoma) => read(atoma.chat.stream(chatParams, { headers: { "x-mock-status": "401" } })),
  "a 503, retried": (atoma) =>
    read(atoma.chat.stream(chatParams, { maxRetries: 1, headers: { "x-mock-status": "503", ...soon } })),
  "a dropped stream": (atoma) =>
    read(atoma.chat.stream(chatParams, { headers: { "x-mock-drop-after": "3" } })),
  "an idle timeout": (atoma) =>
    read(
      atoma.chat.stream(chatParams, {
        dataTimeout: 50,
        headers: { "x-mock-stall": "1000", "x-mock-keep-alive": "0" },
      }),
    ),
  "an abort mid-stream": async (atoma) => {
    const controller = new AbortController();
    const stream = await atoma.chat.stream(chatParams, {
      signal: controller.signal,
      headers: { "x-mock-chunk-delay": "10" },
    });
    const chunks = stream[Symbol.asyncIterator]();
    await chunks.next();
    controller.abort();
    await chunks.next();
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe.each(["in-process", "loopback"])("the client's debug log of streams, %s", (transport) => {
  it.each(Object.entries(STREAMS))("%s", async (_, run) => {
    const { logger, lines } = recordingLogger();
    const options = { apiKey: CANARY_KEY, logLevel: "debug" as const, logger };
    const setup =
      transport === "in-process"
        ? { ...inProcess({ apiKey: CANARY_KEY }, options), close: async () => {} }
        : await overLoopback({ apiKey: CANARY_KEY }, options);
    try {
      await run(setup.atoma).catch(() => {});
      await settle();
    } finally {
      await setup.close();
    }
    const text = lines.join("\n");
    expect(text).not.toContain(CANARY_KEY);
    expect(text).not.toContain(CANARY_KEY.slice(3));
    // No event of a stream: a chunk's object type is in each of them.
    expect(text).not.toMatch(/chat\.completion\.chunk|text_completion/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^debug atoma: POST \/v1\/(chat\/)?completions request headers .*"authorization":"Bearer \*\*\*"/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^info atoma: POST \/v1\/(chat\/)?completions \d{3} in \d+ ms \(attempt 1/),
    );
  });
});

it("a success's response is [stream]", async () => {
  const { logger, lines } = recordingLogger();
  const { atoma } = inProcess({ apiKey: CANARY_KEY }, { apiKey: CANARY_KEY, logLevel: "debug", logger });
  await read(atoma.chat.stream(chatParams));
  expect(lines.at(-1)).toMatch(
    /^debug atoma: POST \/v1\/chat\/completions 200 response headers \{.*"content-type":"text\/event-stream.*\} body \[stream\]$/,
  );
});
