// What the client logs at each level, for every outcome of a call, against the mock server in-process
// and over loopback HTTP; and that a canary API key and a canary confidential plaintext are in no line.
import { createMockServer, listen, type ListeningMockServer, type MockServer } from "@atoma-ts/mock-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAtomaClient, type AtomaClient } from "./client.js";
import type { LogLevel } from "./log.js";
import type { ClientOptions, FetchLike } from "./options.js";
import { CANARY_KEY, MODEL } from "./test-utils/fixtures.js";
import { createRecordingLogger, type Line } from "./test-utils/recording-logger.js";

/** A confidential request's plaintext: sent here on a confidential path as it is, it must not be logged. */
const CANARY_PLAINTEXT = "CANARY-PLAINTEXT-LOG-4c8e21";
const messages = [{ role: "user" as const, content: "Hello" }];
const LEVELS = ["off", "error", "warn", "info", "debug"] as const;
const RANK = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

let server: MockServer;
let running: ListeningMockServer;
let closedUrl: string;
beforeAll(async () => {
  server = createMockServer({ apiKey: CANARY_KEY });
  running = await listen(server);
  const closed = await listen(createMockServer());
  closedUrl = closed.url;
  await closed.close();
});
afterAll(() => running.close());

/** How the client reaches the server; `refused` is where nothing listens. */
const TRANSPORTS: Record<string, () => { options: ClientOptions; refused: ClientOptions }> = {
  "in-process": () => {
    const refusal = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const refused: FetchLike = async () => {
      throw new TypeError("fetch failed", { cause: refusal });
    };
    return {
      options: {
        baseUrl: "http://mock.test",
        fetch: (input, init) => server.fetch(new Request(input, init)),
      },
      refused: { baseUrl: "http://mock.test", fetch: refused },
    };
  },
  loopback: () => ({ options: { baseUrl: running.url }, refused: { baseUrl: closedUrl } }),
};

const soon = { "x-mock-retry-after-ms": "1" };
const requestLine =
  /^atoma: POST \/v1\/chat\/completions request headers \{.*"authorization":"Bearer \*\*\*".*\} body \{/;
const attempt = (status: number | string, n: number) =>
  new RegExp(
    `^atoma: POST /v1/chat/completions ${status} in \\d+ ms \\(attempt ${n}(, request id req_\\w+)?\\)$`,
  );

interface Scenario {
  run: (client: (options?: ClientOptions | "refused") => AtomaClient) => Promise<unknown>;
  /** The lines wanted at each level (a line of a level is logged at that level and those below it). */
  want: Record<Line["level"], RegExp[]>;
}

const SCENARIOS: Record<string, Scenario> = {
  success: {
    run: (client) => client().chat.create({ model: MODEL, messages }),
    want: {
      error: [],
      warn: [],
      info: [attempt(200, 1)],
      debug: [
        requestLine,
        /^atoma: POST \/v1\/chat\/completions 200 response headers \{.*\} body \{"id":"chatcmpl-/,
      ],
    },
  },
  "a 4xx": {
    run: (client) => client({ apiKey: "wrong" }).chat.create({ model: MODEL, messages }),
    want: {
      error: [/^atoma: POST \/v1\/chat\/completions failed: 401 /],
      warn: [],
      info: [attempt(401, 1)],
      debug: [/"authorization":"Bearer \*\*\*"/, /401 response headers .* body \{"error":/],
    },
  },
  "a 5xx, retried": {
    run: (client) =>
      client().chat.create({ model: MODEL, messages }, { headers: { "x-mock-status": "503", ...soon } }),
    want: {
      error: [/^atoma: POST \/v1\/chat\/completions failed: 503 /],
      warn: [
        /^atoma: POST \/v1\/chat\/completions answered 503: retry 1 of 2 in \d+ ms$/,
        /^atoma: POST \/v1\/chat\/completions answered 503: retry 2 of 2 in \d+ ms$/,
      ],
      info: [attempt(503, 1), attempt(503, 2), attempt(503, 3)],
      debug: [requestLine, /503 response headers/, /503 response headers/, /503 response headers/],
    },
  },
  "a 5xx, then a success": {
    run: (client) =>
      client().chat.create(
        { model: MODEL, messages },
        {
          headers: {
            "x-mock-status": "500",
            "x-mock-fail-attempts": "1",
            "x-mock-attempt-key": crypto.randomUUID(),
            ...soon,
          },
        },
      ),
    want: {
      error: [],
      warn: [/answered 500: retry 1 of 2 in \d+ ms$/],
      info: [attempt(500, 1), attempt(200, 2)],
      debug: [requestLine, /500 response headers/, /200 response headers/],
    },
  },
  "connection refused": {
    run: (client) => client("refused").chat.create({ model: MODEL, messages }, { maxRetries: 1 }),
    want: {
      error: [
        /^atoma: POST \/v1\/chat\/completions failed: could not reach .* \(ECONNREFUSED\), 2 attempts$/,
      ],
      warn: [
        /^atoma: POST \/v1\/chat\/completions got no response \(ECONNREFUSED\): retry 1 of 1 in \d+ ms$/,
      ],
      info: [attempt("no response \\(ECONNREFUSED\\)", 1), attempt("no response \\(ECONNREFUSED\\)", 2)],
      debug: [requestLine],
    },
  },
  timeout: {
    run: (client) =>
      client().chat.create({ model: MODEL, messages }, { timeout: 50, headers: { "x-mock-latency": "500" } }),
    want: {
      error: [/^atoma: POST \/v1\/chat\/completions timed out: no response headers after 50 ms/],
      warn: [],
      info: [],
      debug: [requestLine],
    },
  },
  abort: {
    run: (client) =>
      client().chat.create(
        { model: MODEL, messages },
        { signal: AbortSignal.timeout(30), headers: { "x-mock-latency": "500" } },
      ),
    want: {
      error: [/^atoma: POST \/v1\/chat\/completions was aborted$/],
      warn: [],
      info: [],
      debug: [requestLine],
    },
  },
  "a stream through request()": {
    run: async (client) => {
      const response = await client().request("chat_completions_create", {
        body: { model: MODEL, messages, stream: true },
      });
      return response.text();
    },
    want: {
      error: [],
      warn: [],
      info: [attempt(200, 1)],
      debug: [
        /"stream":true/,
        /200 response headers \{.*"content-type":"text\/event-stream.*\} body \[stream\]$/,
      ],
    },
  },
  "a confidential operation": {
    run: (client) =>
      client().request("confidential_chat_completions_create", {
        body: { model: MODEL, messages: [{ role: "user", content: CANARY_PLAINTEXT }] } as never,
      }),
    want: {
      error: [/^atoma: POST \/v1\/confidential\/chat\/completions failed: \d{3} /],
      warn: [],
      info: [/^atoma: POST \/v1\/confidential\/chat\/completions \d{3} in \d+ ms \(attempt 1/],
      debug: [/request headers .* body \[confidential\]$/, /response headers .* body \[confidential\]$/],
    },
  },
  "raw, an error status": {
    run: (client) => client().raw.GET("/v1/models", { headers: { "x-mock-status": "400" } }),
    want: {
      error: [/^atoma: GET \/v1\/models failed: 400$/],
      warn: [],
      info: [/^atoma: GET \/v1\/models 400 in \d+ ms \(attempt 1, request id req_\w+\)$/],
      debug: [
        /^atoma: GET \/v1\/models request headers \{.*"authorization":"Bearer \*\*\*".*\} body \(none\)$/,
        /400 response/,
      ],
    },
  },
  "raw, a confidential operation": {
    run: (client) =>
      client().raw.POST("/v1/confidential/chat/completions", {
        body: { model: MODEL, messages: [{ role: "user", content: CANARY_PLAINTEXT }] } as never,
      }),
    want: {
      error: [/^atoma: POST \/v1\/confidential\/chat\/completions failed: \d{3}$/],
      warn: [],
      info: [/^atoma: POST \/v1\/confidential\/chat\/completions \d{3} in/],
      debug: [/body \[confidential\]$/, /body \[confidential\]$/],
    },
  },
  "through middleware": {
    run: (client) =>
      client({
        middleware: [{ onRequest: ({ request }) => request.headers.set("x-app", "a") }],
      }).models.list(),
    want: {
      error: [],
      warn: [],
      info: [/^atoma: GET \/v1\/models 200 in \d+ ms \(attempt 1, request id req_\w+\)$/],
      debug: [
        /^atoma: GET \/v1\/models request headers \{"authorization":"Bearer \*\*\*","x-app":"a"\} body \(none\)$/,
        /200 response headers .* body \{"object":"list"/,
      ],
    },
  },
};

/** Everything logged, as one text, and the same with its key cut (in case something cut or encoded it). */
function expectNoCanary(lines: Line[]): void {
  const text = JSON.stringify(lines);
  for (const secret of [CANARY_KEY, CANARY_KEY.slice(3), CANARY_PLAINTEXT, btoa(CANARY_PLAINTEXT)]) {
    expect(text).not.toContain(secret);
  }
}

describe.each(Object.keys(TRANSPORTS))("logging, %s", (transport) => {
  describe.each(Object.entries(SCENARIOS))("%s", (_, { run, want }) => {
    it.each(LEVELS)("at %s", async (logLevel: LogLevel) => {
      const { options, refused } = TRANSPORTS[transport]!();
      const logger = createRecordingLogger();
      const client = (extra: ClientOptions | "refused" = {}) =>
        createAtomaClient({
          apiKey: CANARY_KEY,
          logLevel,
          logger,
          ...(extra === "refused" ? refused : { ...options, ...extra }),
        });
      await run(client).catch(() => {});

      // A response body is logged once read from a clone: wait for it.
      await vi.waitFor(() => {
        for (const level of ["error", "warn", "info", "debug"] as const) {
          const wanted = RANK[level] <= RANK[logLevel] ? want[level] : [];
          expect(logger.at(level)).toHaveLength(wanted.length);
          wanted.forEach((pattern, i) => expect(logger.at(level)[i]).toMatch(pattern));
        }
      });
      expectNoCanary(logger.lines);
    });
  });
});

describe("the canary check", () => {
  it("would see a key or a plaintext in a line", () => {
    expect(() => expectNoCanary([{ level: "debug", message: `Bearer ${CANARY_KEY}` }])).toThrow();
    expect(() =>
      expectNoCanary([{ level: "debug", message: `{"content":"${CANARY_PLAINTEXT}"}` }]),
    ).toThrow();
  });
});

describe("logLevel off", () => {
  it("calls no logger method and clones no body, through a retry and a failure", async () => {
    const logger = createRecordingLogger();
    const fetch: FetchLike = async () => {
      const headers = { "content-type": "application/json", "retry-after-ms": "0" };
      const response = new Response("{}", { status: 503, headers });
      Object.defineProperty(response, "clone", { value: () => expect.unreachable("cloned") });
      return response;
    };
    const atoma = createAtomaClient({ apiKey: CANARY_KEY, fetch, logger, logLevel: "off", maxRetries: 1 });
    await expect(atoma.models.list()).rejects.toThrow("503");
    await atoma.raw.GET("/v1/models");
    expect(logger.lines).toEqual([]);
  });
});
