// Locks are single-use and short-lived: a request refused because its lock expired or was taken (425)
// is sealed to a fresh lock and sent again, once; a model no node serves is a NodeUnavailableError.
import { describe, expect, it } from "vitest";
import { isNodeUnavailableError } from "../errors.js";
import {
  chatParams,
  completionParams,
  inProcess,
  MODEL,
  overLoopback,
  trafficOf,
} from "../test-utils/mock-client.js";
import { delayFirst, replayFirstLock } from "../test-utils/rewrite.js";

const RETRIED = [
  "200 /v1/nodes/lock",
  "425 /v1/confidential/chat/completions",
  "200 /v1/nodes/lock",
  "200 /v1/confidential/chat/completions",
];

describe("a lost lock", () => {
  it("that expired before the request arrived is taken again, once, and the call succeeds", async () => {
    const { secure, server } = inProcess({
      server: { lockTtlMs: 30 },
      wrap: delayFirst("/v1/confidential/", 80),
    });
    const completion = await secure.chat.create(chatParams);
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(trafficOf(server)).toEqual(RETRIED);
    // The second request was sealed afresh: a new key, salt, nonce and stack.
    const [first, second] = [server.requests[1]!.body, server.requests[3]!.body] as Record<string, unknown>[];
    for (const field of ["client_dh_public_key", "salt", "nonce", "stack_small_id", "ciphertext"])
      expect(second![field]).not.toEqual(first![field]);
  });

  it("that was taken by another request is taken again, for a stream too", async () => {
    const { secure, server } = inProcess({ wrap: replayFirstLock() });
    await secure.chat.create(chatParams);
    const final = await (await secure.chat.stream(chatParams)).finalCompletion();
    expect(final.choices[0]?.finish_reason).toBe("stop");
    // The replayed lock never reached the server: then the refusal, a fresh lock and the stream.
    expect(trafficOf(server).slice(2)).toEqual(RETRIED.slice(1));
  });

  it("twice surfaces the second 425 as the error, with no third try", async () => {
    const { secure, server } = inProcess({ server: { lockTtlMs: 30 } });
    const slow = { headers: { "x-mock-latency": "80" } };
    await expect(secure.chat.create(chatParams, slow)).rejects.toMatchObject({
      name: "APIError",
      status: 425,
    });
    expect(trafficOf(server)).toEqual([RETRIED[0], RETRIED[1], RETRIED[0], RETRIED[1]]);
    await expect(secure.completions.stream(completionParams, slow)).rejects.toMatchObject({ status: 425 });
    expect(server.requests).toHaveLength(8);
  });

  it("is taken again over loopback HTTP too", async () => {
    // A wider margin than in process: the fresh lock must still be alive when its request arrives,
    // on a busy machine too.
    const setup = await overLoopback({
      server: { lockTtlMs: 300 },
      wrap: delayFirst("/v1/confidential/", 600),
    });
    try {
      await setup.secure.chat.create(chatParams);
      expect(trafficOf(setup.server)).toEqual(RETRIED);
    } finally {
      await setup.close();
    }
  });
});

/** Fault headers that make the first `times` confidential requests of a call answer `status`. */
const refusedFirst = (status: number, times: number, key: string) => ({
  headers: {
    "x-mock-status": String(status),
    "x-mock-fail-attempts": String(times),
    "x-mock-attempt-key": key,
    // The proxy sends no Retry-After; this only keeps the test from waiting out the backoff.
    "x-mock-retry-after-ms": "0",
  },
});

describe("a refusal of the confidential request", () => {
  it("423 (a node's lock, handed back) is locked again and sealed afresh, once", async () => {
    const { secure, server } = inProcess();
    const completion = await secure.chat.create(chatParams, refusedFirst(423, 1, "locked-once"));
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(trafficOf(server)).toEqual([
      RETRIED[0],
      "423 /v1/confidential/chat/completions",
      ...RETRIED.slice(2),
    ]);
    const [first, second] = [server.requests[1]!.body, server.requests[3]!.body] as Record<string, unknown>[];
    for (const field of ["client_dh_public_key", "salt", "nonce", "ciphertext"])
      expect(second![field]).not.toEqual(first![field]);
  });

  it("423 twice is a LockedError carrying the status, with no third try", async () => {
    const { secure, server } = inProcess();
    const error = await secure.chat
      .create(chatParams, refusedFirst(423, 2, "locked-twice"))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "LockedError", status: 423 });
    expect(trafficOf(server)).toEqual([
      RETRIED[0],
      "423 /v1/confidential/chat/completions",
      RETRIED[0],
      "423 /v1/confidential/chat/completions",
    ]);
  });

  it("500 (a node refused it after the lock was spent) is never resent as is: each try is locked and sealed anew, within maxRetries", async () => {
    const { secure, server } = inProcess();
    const completion = await secure.chat.create(chatParams, refusedFirst(500, 2, "node-refused"));
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(trafficOf(server)).toEqual([
      RETRIED[0],
      "500 /v1/confidential/chat/completions",
      RETRIED[0],
      "500 /v1/confidential/chat/completions",
      RETRIED[0],
      "200 /v1/confidential/chat/completions",
    ]);
    const ciphertexts = [1, 3, 5].map(
      (at) => (server.requests[at]!.body as Record<string, unknown>).ciphertext,
    );
    expect(new Set(ciphertexts).size).toBe(3);
  });

  it("500 past maxRetries is the InternalServerError; a stream is retried the same way", async () => {
    const { secure, server } = inProcess();
    const refused = refusedFirst(502, 5, "past-retries");
    await expect(secure.chat.create(chatParams, { ...refused, maxRetries: 1 })).rejects.toMatchObject({
      name: "InternalServerError",
      status: 502,
    });
    expect(trafficOf(server).filter((line) => line.includes("confidential"))).toHaveLength(2);
    const stream = await secure.chat.stream(chatParams, refusedFirst(503, 1, "stream-retried"));
    expect((await stream.finalCompletion()).choices[0]?.finish_reason).toBe("stop");
  });
});

describe("a model no node serves", () => {
  it("is a NodeUnavailableError naming the model, from a 503 of the lock; nothing is sent", async () => {
    const { secure, server } = inProcess({ server: { confidentialModels: [] }, client: { maxRetries: 0 } });
    const error = await secure.chat.create(chatParams).catch((caught: unknown) => caught);
    expect(isNodeUnavailableError(error)).toBe(true);
    expect(error).toMatchObject({ model: MODEL, message: expect.stringContaining(MODEL) });
    expect((error as Error).cause).toMatchObject({ name: "InternalServerError", status: 503 });
    expect(trafficOf(server)).toEqual(["503 /v1/nodes/lock"]);
  });

  it("fails a stream the same way", async () => {
    const { secure } = inProcess({ server: { confidentialModels: [] }, client: { maxRetries: 0 } });
    const pending = secure.chat.stream(chatParams);
    await expect(pending).rejects.toMatchObject({ name: "NodeUnavailableError", model: MODEL });
    const iterated = (async () => {
      for await (const chunk of secure.chat.stream(chatParams)) void chunk;
    })();
    await expect(iterated).rejects.toMatchObject({ name: "NodeUnavailableError" });
  });

  it("after the lock's own retries", async () => {
    const { secure, server } = inProcess({ server: { confidentialModels: [] } });
    await expect(secure.chat.create(chatParams, { maxRetries: 1 })).rejects.toMatchObject({
      name: "NodeUnavailableError",
    });
    expect(trafficOf(server)).toEqual(["503 /v1/nodes/lock", "503 /v1/nodes/lock"]);
  });
});

describe("HTTP errors of the confidential request", () => {
  it("are the client's APIErrors; a retry locks a node again and seals the request afresh", async () => {
    const { secure } = inProcess({ client: { maxRetries: 0 } });
    await expect(
      secure.chat.create(chatParams, { headers: { "x-mock-status": "400" } }),
    ).rejects.toMatchObject({ name: "BadRequestError", status: 400 });
    await expect(
      secure.chat.stream(chatParams, { headers: { "x-mock-status": "500", "x-mock-error-body": "text" } }),
    ).rejects.toMatchObject({ name: "InternalServerError", status: 500 });

    const retried = inProcess();
    // Each try has a new body, so the mock counts the tries of this call by a key of their own.
    const completion = await retried.secure.chat.create(chatParams, refusedFirst(503, 1, "retried"));
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(trafficOf(retried.server)).toEqual([
      "200 /v1/nodes/lock",
      "503 /v1/confidential/chat/completions",
      "200 /v1/nodes/lock",
      "200 /v1/confidential/chat/completions",
    ]);
  });
});
