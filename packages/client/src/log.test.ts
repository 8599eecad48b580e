import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import winston from "winston";
import { createAtomaClient } from "./client.js";
import { createLog, type LogLevel } from "./log.js";
import { redactedHeaders } from "./log-http.js";
import { createMockFetch, json } from "./test-utils/mock-fetch.js";
import { createRecordingLogger } from "./test-utils/recording-logger.js";

afterEach(() => void vi.unstubAllEnvs());

describe("createLog", () => {
  it.each<{ given: LogLevel | undefined; want: string[] }>([
    { given: undefined, want: [] },
    { given: "off", want: [] },
    { given: "error", want: ["error"] },
    { given: "warn", want: ["error", "warn"] },
    { given: "info", want: ["error", "warn", "info"] },
    { given: "debug", want: ["error", "warn", "info", "debug"] },
  ])("$given turns on $want, and no other function exists", ({ given, want }) => {
    const logger = createRecordingLogger();
    const log = createLog(given, logger, undefined);
    expect(Object.keys(log)).toEqual(want);
    for (const level of want) log[level as "error"]!("hello");
    expect(logger.lines.map((line) => line.message)).toEqual(want.map(() => "atoma: hello"));
  });

  it("refuses a logLevel that is not a level", () => {
    expect(() => createLog("verbose" as LogLevel, console, undefined)).toThrow(
      'logLevel "verbose" is not one of off, error, warn, info, debug',
    );
    expect(() => createAtomaClient({ logLevel: "INFO" as LogLevel })).toThrow(/logLevel "INFO"/);
  });
});

describe("ATOMA_LOG", () => {
  it.each<{ given: string; want: string[] }>([
    { given: "info", want: ["error", "warn", "info"] },
    { given: " DEBUG ", want: ["error", "warn", "info", "debug"] },
    { given: "off", want: [] },
    { given: "", want: [] },
  ])("$given turns on $want", ({ given, want }) => {
    expect(Object.keys(createLog(undefined, console, given))).toEqual(want);
  });

  it("loses to the logLevel option", () => {
    expect(Object.keys(createLog("error", console, "debug"))).toEqual(["error"]);
    expect(Object.keys(createLog("off", console, "debug"))).toEqual([]);
  });

  it("is ignored when invalid, with one warning per value however many clients", () => {
    const logger = createRecordingLogger();
    for (let i = 0; i < 3; i++) expect(createLog(undefined, logger, "verbose-1")).toEqual({});
    expect(logger.lines).toEqual([
      {
        level: "warn",
        message: 'atoma: ATOMA_LOG="verbose-1" is ignored: use one of off, error, warn, info, debug',
      },
    ]);
    // An invalid value the option overrides is not even looked at.
    createLog("info", logger, "verbose-2");
    expect(logger.lines).toHaveLength(1);
  });

  it("is read from the environment by createAtomaClient", async () => {
    const { fetch } = createMockFetch();
    const logger = createRecordingLogger();
    vi.stubEnv("ATOMA_LOG", "info");
    await createAtomaClient({ apiKey: "k", fetch, logger }).models.list();
    expect(logger.at("info")).toEqual([
      expect.stringMatching(/^atoma: GET \/v1\/models 200 in \d+ ms \(attempt 1\)$/),
    ]);

    vi.stubEnv("ATOMA_LOG", "verbose-3");
    await createAtomaClient({ apiKey: "k", fetch, logger }).models.list();
    await createAtomaClient({ apiKey: "k", fetch, logger, logLevel: "off" }).models.list();
    expect(logger.lines.slice(1)).toEqual([
      { level: "warn", message: expect.stringContaining('ATOMA_LOG="verbose-3" is ignored') },
    ]);
  });

  it("is not needed: without a process (a browser) the client logs nothing by default", async () => {
    vi.stubGlobal("process", undefined);
    try {
      const logger = createRecordingLogger();
      const { fetch } = createMockFetch();
      await createAtomaClient({ apiKey: "k", fetch, logger }).models.list();
      expect(logger.lines).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("redactedHeaders", () => {
  it.each<{ given: Record<string, string>; want: Record<string, string> }>([
    { given: { authorization: "Bearer sk-secret" }, want: { authorization: "Bearer ***" } },
    { given: { Authorization: "sk-secret" }, want: { authorization: "***" } },
    { given: { "proxy-authorization": "Basic dXNlcjpwYXNz" }, want: { "proxy-authorization": "Basic ***" } },
    {
      given: { cookie: "session=sk-secret", "x-api-key": "sk-secret" },
      want: { cookie: "***", "x-api-key": "***" },
    },
    {
      given: { "x-app": "a/1", "content-type": "application/json" },
      want: { "content-type": "application/json", "x-app": "a/1" },
    },
  ])("$given", ({ given, want }) => {
    expect(JSON.parse(redactedHeaders(given))).toEqual(want);
  });
});

describe("with pino", () => {
  it("logs a line per level as pino's msg", async () => {
    const written: { level: number; msg: string }[] = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => void written.push(JSON.parse(line)) });
    const { fetch } = createMockFetch();
    await createAtomaClient({ apiKey: "k", fetch, logger, logLevel: "debug" }).models.list();
    await vi.waitFor(() => expect(written).toHaveLength(3));
    expect(written.map(({ level, msg }) => [level, msg.split(" ").slice(0, 5).join(" ")])).toEqual([
      [20, "atoma: GET /v1/models request headers"],
      [30, "atoma: GET /v1/models 200 in"],
      [20, "atoma: GET /v1/models 200 response"],
    ]);
  });
});

describe("with winston", () => {
  it("logs each line at its winston level, the key redacted, and a failure at error", async () => {
    const written: { level: string; message: string }[] = [];
    const stream = new Writable({
      write(line: Buffer, _, done) {
        written.push(JSON.parse(line.toString()));
        done();
      },
    });
    const logger = winston.createLogger({
      level: "debug",
      format: winston.format.json(),
      transports: [new winston.transports.Stream({ stream })],
    });
    const { fetch } = createMockFetch(json({ object: "list", data: [] }), json({}, { status: 404 }));
    const atoma = createAtomaClient({ apiKey: "sk-winston-canary", fetch, logger, logLevel: "debug" });
    await atoma.models.list();
    await expect(atoma.health.check()).rejects.toThrow("404");
    await vi.waitFor(() => expect(written).toHaveLength(7));
    expect(written.map(({ level, message }) => [level, message.split(" ").slice(0, 5).join(" ")])).toEqual([
      ["debug", "atoma: GET /v1/models request headers"],
      ["info", "atoma: GET /v1/models 200 in"],
      ["debug", "atoma: GET /v1/models 200 response"],
      ["debug", "atoma: GET /health request headers"],
      ["info", "atoma: GET /health 404 in"],
      ["debug", "atoma: GET /health 404 response"],
      ["error", "atoma: GET /health failed: 404"],
    ]);
    expect(written[0]?.message).toContain('"authorization":"Bearer ***"');
    expect(JSON.stringify(written)).not.toContain("sk-winston-canary");
  });
});

describe("the error level", () => {
  it("logs a method's success that is not the JSON it promises, once", async () => {
    const logger = createRecordingLogger();
    const page = new Response("<html>proxy</html>", { headers: { "content-type": "text/html" } });
    const { fetch } = createMockFetch(page);
    const atoma = createAtomaClient({ apiKey: "k", fetch, logger, logLevel: "error" });
    await expect(atoma.models.list()).rejects.toThrow("not JSON");
    expect(logger.lines).toEqual([
      {
        level: "error",
        message: expect.stringMatching(
          /^atoma: GET \/v1\/models answered 200 \(text\/html\) with a body that is not JSON/,
        ),
      },
    ]);
  });
});
