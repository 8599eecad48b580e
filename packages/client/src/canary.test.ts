// A canary API key pushed through every failure path must show up nowhere: not in a message, a cause,
// a stack, `JSON.stringify`, `util.inspect`, the client object itself, nor anything logged at "debug".
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAtomaClient, type AtomaClient } from "./client.js";
import type { ClientOptions } from "./options.js";
import { CANARY_KEY, chatRequest } from "./test-utils/fixtures.js";
import { createTestServer, type TestServer } from "./test-utils/http-server.js";
import { createRecordingLogger } from "./test-utils/recording-logger.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

let logger = createRecordingLogger();
let logged = 0;
afterEach(async () => {
  // Response bodies are logged once read from a clone: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expectNoCanary(logger.lines);
  logged += logger.lines.length;
  logger = createRecordingLogger();
});
afterAll(() => expect(logged).toBeGreaterThan(100));

const client = (options: ClientOptions = {}): AtomaClient =>
  createAtomaClient({
    apiKey: CANARY_KEY,
    baseUrl: server.url,
    maxRetries: 0,
    logLevel: "debug",
    logger,
    ...options,
  });

/** Every way a value can be turned into text, through its whole `cause` chain. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { showHidden: true, depth: Infinity, getters: true }), String(value)];
  try {
    out.push(JSON.stringify(value) ?? "");
  } catch {
    // A cycle: inspect covered it.
  }
  for (let error = value; error instanceof Error; error = error.cause) {
    out.push(error.message, error.stack ?? "", JSON.stringify(error), JSON.stringify(Object.entries(error)));
  }
  return out;
}

function expectNoCanary(value: unknown): void {
  for (const text of renderings(value)) expect(text).not.toContain(CANARY_KEY);
  // The key's parts, in case something cut or encoded it.
  for (const text of renderings(value)) expect(text).not.toContain(CANARY_KEY.slice(3));
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("the call succeeded"),
    (error: unknown) => error,
  );

describe("the canary key", () => {
  it("would be caught: the check sees a key in a cause or a property", () => {
    expect(() => expectNoCanary(new Error("x", { cause: new Error(`key ${CANARY_KEY}`) }))).toThrow();
    expect(() => expectNoCanary(Object.assign(new Error("x"), { sent: { key: CANARY_KEY } }))).toThrow();
  });

  it("is absent from HTTP errors of every class", async () => {
    for (const status of [400, 401, 402, 403, 404, 409, 422, 423, 429, 500, 503, 418]) {
      for (const script of [{ json: { error: { code: "X", message: "no" } } }, { text: "nope" }, {}]) {
        server.reply({ status, ...script });
        expectNoCanary(await failure(client().chat.create(chatRequest)));
      }
    }
  });

  it("is absent from connection, timeout, abort and body errors", async () => {
    server.reply({ drop: true });
    expectNoCanary(await failure(client().chat.create(chatRequest)));

    const closed = await createTestServer();
    await closed.close();
    expectNoCanary(await failure(client({ baseUrl: closed.url }).chat.create(chatRequest)));

    server.reply({ hang: true });
    expectNoCanary(await failure(client().chat.create(chatRequest, { timeout: 50 })));

    server.reply({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expectNoCanary(await failure(client().chat.create(chatRequest, { signal: controller.signal })));

    server.reply({ text: "not json" });
    expectNoCanary(await failure(client().chat.create(chatRequest)));

    server.reply({ json: {}, bodyDelay: 5_000 });
    const reading = client({ timeout: 1_000 }).chat.create(chatRequest, { signal: AbortSignal.timeout(100) });
    expectNoCanary(await failure(reading));
  });

  it("is absent from errors through middleware, request() and raw", async () => {
    const middleware = [{ onRequest: () => undefined }];
    server.reply({ status: 401, json: { error: "bad key" } });
    expectNoCanary(await failure(client({ middleware }).chat.create(chatRequest)));

    server.reply({ drop: true });
    expectNoCanary(await failure(client({ middleware }).request("models_list")));

    server.reply({ drop: true });
    expectNoCanary(await failure(client().raw.GET("/v1/models")));

    server.reply({ status: 500, text: "down" });
    const { error, response } = await client().raw.GET("/v1/models");
    expectNoCanary(error);
    expect(response.status).toBe(500);
  });

  it("is absent from the client object, and not an enumerable property", () => {
    const atoma = client({ headers: { "x-app": "a" } });
    expectNoCanary(atoma);
    expectNoCanary(atoma.raw);
    expectNoCanary(Object.entries(atoma));
    expect(`${inspect(atoma, { showHidden: true, depth: Infinity })}`).not.toContain("authorization");
  });
});
