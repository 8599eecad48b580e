import { describe, expect, it } from "vitest";
import { fetchWithRetry, type SendOptions } from "./fetch-with-retry.js";
import { retryPolicy } from "./retry-policy.js";
import { createMockFetch, json, type MockAnswer } from "./test-utils/mock-fetch.js";

const URL = "https://atoma.test/v1/chat/completions";
/** Retries at once: the server says so. */
const now = { "retry-after-ms": "0" };

const sendOptions: SendOptions = {
  operation: "POST /v1/chat/completions",
  fetch: undefined,
  signal: undefined,
  timeout: 10_000,
  maxRetries: 2,
  log: {},
};

const send = (answers: MockAnswer[], options: Partial<SendOptions> = {}, init: RequestInit = {}) => {
  const mock = createMockFetch(...answers);
  const result = fetchWithRetry(
    URL,
    { method: "POST", body: "{}", ...init },
    { ...sendOptions, fetch: mock.fetch, ...options },
  );
  return { mock, result };
};

describe("fetchWithRetry", () => {
  it.each([408, 409, 429, 500, 503])(
    "retries %i up to maxRetries, then returns the last response",
    async (status) => {
      const { mock, result } = send([json({}, { status, headers: now })]);
      expect((await result).status).toBe(status);
      expect(mock.requests).toHaveLength(3);
    },
  );

  it.each([400, 401, 403, 404, 422])("never retries %i", async (status) => {
    const { mock, result } = send([json({}, { status, headers: now })]);
    expect((await result).status).toBe(status);
    expect(mock.requests).toHaveLength(1);
  });

  it("stops retrying at the first success and resends the same body", async () => {
    const { mock, result } = send(
      [json({}, { status: 429, headers: now }), json({ ok: 1 })],
      {},
      { body: "abc" },
    );
    expect(await (await result).json()).toEqual({ ok: 1 });
    expect(mock.bodies).toEqual(["abc", "abc"]);
  });

  it("reports a caller's abort even when the fetch ignores its signal and answers anyway", async () => {
    const controller = new AbortController();
    const deafFetch = () =>
      new Promise<Response>((resolve) => setTimeout(() => resolve(new Response("{}")), 50));
    const result = fetchWithRetry(
      URL,
      {},
      {
        operation: "GET /v1/models",
        fetch: deafFetch,
        signal: controller.signal,
        timeout: 10_000,
        maxRetries: 2,
        log: {},
      },
    );
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: "APIUserAbortError" });
  });

  it("honours maxRetries: 0", async () => {
    const { mock } = send([json({}, { status: 500 })], { maxRetries: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mock.requests).toHaveLength(1);
  });

  it("retries connection errors, then throws APIConnectionError naming the host, with the original as cause", async () => {
    const failure = new TypeError("fetch failed");
    const { mock, result } = send([failure], { maxRetries: 1 });
    const error = await result.catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "APIConnectionError",
      message: "POST /v1/chat/completions failed: could not reach atoma.test, 2 attempts",
      code: undefined,
    });
    expect((error as Error).cause).toBe(failure);
    expect(mock.requests).toHaveLength(2);
  });

  it.each([
    [
      "undici's cause",
      new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }) }),
    ],
    [
      "an AggregateError of several addresses",
      new TypeError("fetch failed", {
        cause: new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
      }),
    ],
    ["the error itself", Object.assign(new Error("x"), { code: "ECONNREFUSED" })],
  ])("finds the failure's code in %s and puts it in the message", async (_, failure) => {
    const error = await send([failure], { maxRetries: 0 }).result.catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "APIConnectionError",
      message: "POST /v1/chat/completions failed: could not reach atoma.test (ECONNREFUSED)",
      code: "ECONNREFUSED",
    });
  });

  it("recovers when a retry connects", async () => {
    const { mock, result } = send([new TypeError("fetch failed"), json({ ok: 1 })]);
    expect((await result).status).toBe(200);
    expect(mock.requests).toHaveLength(2);
  });

  it("waits with exponential backoff", async () => {
    const times: number[] = [];
    const { result } = send([() => (times.push(performance.now()), Promise.reject(new TypeError("down")))]);
    await result.catch(() => {});
    const [first, second, third] = times as [number, number, number];
    const { baseDelay, jitter } = retryPolicy;
    // Loose lower bounds only: a slow machine waits longer, never shorter.
    expect(second - first).toBeGreaterThanOrEqual(baseDelay * (1 - jitter) - 5);
    expect(third - second).toBeGreaterThanOrEqual(2 * baseDelay * (1 - jitter) - 5);
  });

  it("honours Retry-After in seconds and as a date, and retry-after-ms", async () => {
    const waited = async (headers: Record<string, string>) => {
      const times: number[] = [];
      const { result } = send([
        () => (times.push(Date.now()), json({}, { status: 429, headers })),
        () => (times.push(Date.now()), json({})),
      ]);
      await result;
      return { from: times[0]!, to: times[1]! };
    };
    for (const headers of [{ "retry-after": "0.2" }, { "retry-after-ms": "200" }] as Record<
      string,
      string
    >[]) {
      const { from, to } = await waited(headers);
      expect(to - from).toBeGreaterThanOrEqual(195);
    }
    // An HTTP date has whole seconds: ask for the next one at least 200 ms away.
    const at = Math.ceil((Date.now() + 200) / 1000) * 1000;
    const { to } = await waited({ "retry-after": new Date(at).toUTCString() });
    expect(to).toBeGreaterThanOrEqual(at - 5);
  });

  it("does not retry a request whose body is a stream (maxRetries 0 from the caller)", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("streamed"));
        controller.close();
      },
    });
    const { mock, result } = send([json({}, { status: 503 })], { maxRetries: 0 }, {
      body,
      duplex: "half",
    } as RequestInit);
    expect((await result).status).toBe(503);
    expect(mock.bodies).toEqual(["streamed"]);
  });

  it("cancels the body of a response it drops", async () => {
    let cancelled = false;
    const dropped = new Response(
      new ReadableStream({
        cancel: () => void (cancelled = true),
      }),
      { status: 503, headers: now },
    );
    const { result } = send([() => dropped, () => json({})]);
    await result;
    expect(cancelled).toBe(true);
  });

  it("tells the caller's abort from the timeout", async () => {
    const hang: MockAnswer = (request) =>
      new Promise((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason)),
      );
    const timedOut = await send([hang], { timeout: 30 }).result.catch((e: unknown) => e);
    expect(timedOut).toMatchObject({
      name: "APITimeoutError",
      message:
        "POST /v1/chat/completions timed out: no response headers after 30 ms (the client's or the call's `timeout` option)",
    });

    const controller = new AbortController();
    const aborted = send([hang], { signal: controller.signal }).result.catch((e: unknown) => e);
    controller.abort(new Error("stop"));
    const error = await aborted;
    expect(error).toMatchObject({
      name: "APIUserAbortError",
      message: "POST /v1/chat/completions was aborted",
    });
    expect((error as Error).cause).toEqual(new Error("stop"));
  });

  it("stops waiting between retries when aborted or out of time", async () => {
    const slow = { "retry-after": "30" };
    const started = performance.now();
    const timedOut = await send([json({}, { status: 429, headers: slow })], { timeout: 50 }).result.catch(
      (e) => e,
    );
    expect(timedOut).toMatchObject({ name: "APITimeoutError" });

    const controller = new AbortController();
    const aborted = send([json({}, { status: 429, headers: slow })], {
      signal: controller.signal,
    }).result.catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    expect(await aborted).toMatchObject({ name: "APIUserAbortError" });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("without a time limit, gives fetch only the caller's signal, or none, and still retries", async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const answers = [json({}, { status: 503, headers: now }), json({ ok: 1 })];
    const fetchFn = async (_input: unknown, init?: RequestInit) => {
      signals.push(init?.signal);
      return answers.shift()!;
    };
    const options = { ...sendOptions, fetch: fetchFn, timeout: Infinity };
    const response = await fetchWithRetry(URL, { method: "POST", body: "{}" }, options);
    expect(await response.json()).toEqual({ ok: 1 });
    expect(signals).toEqual([undefined, undefined]);

    const controller = new AbortController();
    const hang = (_input: unknown, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener("abort", () => reject(new Error("gone"))),
      );
    const aborted = fetchWithRetry(URL, {}, { ...options, fetch: hang, signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "APIUserAbortError" });
  });

  it("fails at once for a signal aborted before the call", async () => {
    const { mock, result } = send([json({})], { signal: AbortSignal.abort() });
    await expect(result).rejects.toMatchObject({ name: "APIUserAbortError" });
    expect(mock.requests).toHaveLength(1);
  });
});
