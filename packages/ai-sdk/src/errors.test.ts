import { APICallError, LoadAPIKeyError } from "@ai-sdk/provider";
import { isAPIError, isBadRequestError, type FetchLike } from "@atoma-ts/client";
import { generateText, streamText } from "ai";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAtoma } from "./create-atoma.js";
import {
  API_KEY,
  MODEL,
  MODES,
  pathIn,
  requestsTo,
  startMockAtoma,
  useMockAtoma,
} from "./test-utils/mock-atoma.js";

const mock = useMockAtoma();
afterEach(() => void vi.unstubAllEnvs());

const prompt = "Say hello";
/** A 503 whose `retry-after-ms` makes our client's waits short. */
const UNAVAILABLE = { "x-mock-status": "503", "x-mock-retry-after-ms": "1" };

/** Everything an error shows: message, stack, JSON, and its inspection with every cause and field. */
const everythingIn = (error: unknown) =>
  [
    String(error),
    (error as Error).stack,
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ].join("\n");

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("the call succeeded"),
    (error: unknown) => error,
  );
}

describe.each(MODES)("%s mode", (mode) => {
  it("an error status is an APICallError with its status and body, our APIError as cause, not retryable", async () => {
    const model = mock.provider(mode)(MODEL);
    const error = await rejectionOf(generateText({ model, prompt, headers: { "x-mock-status": "400" } }));
    expect(APICallError.isInstance(error)).toBe(true);
    const { statusCode, responseBody, isRetryable, url, cause, requestBodyValues, message } =
      error as APICallError;
    expect(statusCode).toBe(400);
    expect(JSON.parse(responseBody!)).toEqual({
      error: expect.objectContaining({ message: expect.any(String) }),
    });
    expect(isRetryable).toBe(false);
    expect(url).toBe(`${mock.url}/v1/chat/completions`);
    expect(message).toMatch(/^POST \/v1\/(confidential\/)?chat\/completions failed: 400/);
    expect(isBadRequestError(cause)).toBe(true);
    // In confidential mode the request body is plaintext: it stays out of the error.
    expect(requestBodyValues === undefined).toBe(mode === "confidential");
  });

  it("a 503 is sent exactly as often as our client retries (3 times), under generateText's own maxRetries (2)", async () => {
    const before = requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).length;
    const error = await rejectionOf(
      generateText({ model: mock.provider(mode)(MODEL), prompt, headers: UNAVAILABLE }),
    );
    expect((error as APICallError).statusCode).toBe(503);
    expect(requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).length - before).toBe(3);
  });

  it("the provider's maxRetries is our client's: 0 sends once, and streamText reports the error", async () => {
    const before = requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).length;
    const errors: unknown[] = [];
    const result = streamText({
      model: mock.provider(mode, { maxRetries: 0 })(MODEL),
      prompt,
      headers: UNAVAILABLE,
      onError: ({ error }) => void errors.push(error),
    });
    await result.consumeStream();
    expect(errors).toEqual([expect.objectContaining({ statusCode: 503, isRetryable: false })]);
    expect(requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).length - before).toBe(1);
  });

  it("time limits are the AI SDK's by default; the provider's timeout is our client's", async () => {
    // Without a limit our client gives fetch no signal (a signal costs fetch work on every call).
    const signals: unknown[] = [];
    const fetch: FetchLike = (input, init) => {
      signals.push(init?.signal);
      return globalThis.fetch(input, init);
    };
    await generateText({ model: mock.provider(mode, { fetch })(MODEL), prompt });
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((signal) => signal === undefined)).toBe(true);

    const slow = { "x-mock-latency": "5000" };
    const started = performance.now();
    const aiSdkTimeout = await rejectionOf(
      generateText({ model: mock.provider(mode)(MODEL), prompt, headers: slow, timeout: 100 }),
    );
    expect(aiSdkTimeout).toMatchObject({ name: "TimeoutError" });

    const ownTimeout = await rejectionOf(
      generateText({ model: mock.provider(mode, { timeout: 100 })(MODEL), prompt, headers: slow }),
    );
    // Our APITimeoutError, as a connection failure is passed on: an APICallError without a status.
    expect(APICallError.isInstance(ownTimeout)).toBe(true);
    expect(ownTimeout).toMatchObject({ statusCode: undefined, isRetryable: false });
    expect((ownTimeout as APICallError).message).toMatch(/timed out: no response headers after 100 ms/);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("the API key appears in no error, nor in confidential mode the prompt", async () => {
    const secretPrompt = "CANARY-PROMPT-7d21f0";
    const wrongKey = createAtoma({
      apiKey: `${API_KEY}-wrong`,
      baseURL: mock.url,
      confidential: mode === "confidential",
      verify: mode === "verify",
    });
    const unauthorized = await rejectionOf(generateText({ model: wrongKey(MODEL), prompt: secretPrompt }));
    expect((unauthorized as APICallError).statusCode).toBe(401);
    const badRequest = await rejectionOf(
      generateText({
        model: mock.provider(mode)(MODEL),
        prompt: secretPrompt,
        headers: { "x-mock-status": "400" },
      }),
    );
    for (const error of [unauthorized, badRequest]) {
      expect(everythingIn(error)).not.toContain(API_KEY);
      if (mode === "confidential") expect(everythingIn(error)).not.toContain(secretPrompt);
    }
    // In clear, the AI SDK's convention holds: the error has the request it failed for.
    if (mode === "plain") expect(everythingIn(badRequest)).toContain(secretPrompt);
  });
});

describe("connection failures", () => {
  it("are an APICallError without a status, not retryable, after our client's retries only", async () => {
    const closed = await startMockAtoma();
    await closed.close();
    let sent = 0;
    const provider = createAtoma({
      apiKey: API_KEY,
      baseURL: closed.url,
      maxRetries: 1,
      fetch: (input, init) => {
        sent++;
        return globalThis.fetch(input, init);
      },
    });
    const error = await rejectionOf(generateText({ model: provider(MODEL), prompt }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      statusCode: undefined,
      isRetryable: false,
      message: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(sent).toBe(2);
    expect(everythingIn(error)).not.toContain(API_KEY);
  });
});

describe("the API key", () => {
  it("is read at the first call from ATOMA_API_KEY, else ATOMASDK_BEARER_AUTH", async () => {
    vi.stubEnv("ATOMA_API_KEY", "");
    vi.stubEnv("ATOMASDK_BEARER_AUTH", API_KEY);
    const provider = createAtoma({ baseURL: mock.url });
    vi.stubEnv("ATOMA_API_KEY", API_KEY);
    vi.stubEnv("ATOMASDK_BEARER_AUTH", "");
    expect((await generateText({ model: provider(MODEL), prompt })).text.length).toBeGreaterThan(0);
    vi.stubEnv("ATOMA_API_KEY", "");
    vi.stubEnv("ATOMASDK_BEARER_AUTH", API_KEY);
    const fromOfficialName = createAtoma({ baseURL: mock.url });
    expect((await generateText({ model: fromOfficialName(MODEL), prompt })).text.length).toBeGreaterThan(0);
  });

  it("missing everywhere is the AI SDK's LoadAPIKeyError at the call, naming where to put it", async () => {
    vi.stubEnv("ATOMA_API_KEY", "");
    vi.stubEnv("ATOMASDK_BEARER_AUTH", "");
    const provider = createAtoma({ baseURL: mock.url });
    const error = await rejectionOf(generateText({ model: provider(MODEL), prompt }));
    expect(LoadAPIKeyError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/apiKey.*ATOMA_API_KEY.*ATOMASDK_BEARER_AUTH/);
  });

  it("is sent by our client (the mock refuses a call without it), as are the per-call headers", async () => {
    await generateText({
      model: mock.provider("plain")(MODEL),
      prompt,
      headers: { "x-trace-id": "trace-7" },
    });
    const { headers } = requestsTo(mock.server, "/v1/chat/completions").at(-1)!;
    expect(headers).toMatchObject({ "x-trace-id": "trace-7" });

    // A call's own Authorization goes over the provider's key, as over any AI SDK provider's.
    const overridden = await rejectionOf(
      generateText({
        model: mock.provider("plain")(MODEL),
        prompt,
        headers: { Authorization: "Bearer other" },
      }),
    );
    expect((overridden as APICallError).statusCode).toBe(401);
  });
});

describe("an invalid baseURL", () => {
  it("fails the call with our client's error naming it", async () => {
    const provider = createAtoma({ apiKey: API_KEY, baseURL: "localhost:8080" });
    const error = await rejectionOf(generateText({ model: provider(MODEL), prompt }));
    expect(isAPIError(error)).toBe(false);
    expect((error as Error).message).toContain('baseUrl "localhost:8080" is not an http(s) URL');
  });

  it("spelled as our client spells it (baseUrl) is refused at once, not silently ignored", () => {
    const settings = { apiKey: API_KEY, baseUrl: "http://127.0.0.1:9" };
    expect(() => createAtoma(settings)).toThrow("the address option is spelled baseURL here");
  });
});
