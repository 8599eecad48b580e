// Each call's key is zeroed once the call is over: when a response has been read or failed, and when a
// stream ends, fails, is left, aborted or times out. And an abort closes the connection.
import { describe, expect, it } from "vitest";
import { callConfidential } from "./confidential-call.js";
import { createChatStream } from "@atoma-ts/streaming";
import { streamConfidential } from "./confidential-stream.js";
import type { ConfidentialCall } from "../protocol/send-confidential.js";
import {
  chatParams,
  inProcess,
  MODEL,
  outcomeOf,
  overLoopback,
  type Setup,
} from "../test-utils/mock-client.js";
import { recordingSealer } from "../test-utils/recording-sealer.js";
import { editConfidential, TAMPERS } from "../test-utils/rewrite.js";

const plainCall: ConfidentialCall = {
  operationId: "confidential_chat_completions_create",
  model: MODEL,
  plain: chatParams,
  stream: false,
  computeUnits: undefined,
};
const streamCall: ConfidentialCall = {
  ...plainCall,
  plain: { ...chatParams, stream: true, stream_options: { include_usage: true } },
  stream: true,
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs a call with a recording sealer; resolves to the sessions it made. */
function recorded(setup: Setup) {
  const { seal, sessions } = recordingSealer();
  const destroyed = () => sessions.map((session) => session.destroyed);
  return {
    sessions,
    destroyed,
    call: (options = {}) => callConfidential(setup.atoma, plainCall, options, {}, seal),
    stream: (options = {}) =>
      streamConfidential(createChatStream, setup.atoma, streamCall, options, {}, seal),
  };
}

describe("a plain call destroys its session", () => {
  it("once the response is read", async () => {
    const { call, destroyed } = recorded(inProcess());
    await call();
    expect(destroyed()).toEqual([true]);
  });

  it("when the response fails its checks", async () => {
    const { call, destroyed } = recorded(
      inProcess({ wrap: editConfidential(TAMPERS["a wrong nonce"].edit) }),
    );
    await expect(call()).rejects.toMatchObject({ name: "DecryptionError" });
    expect(destroyed()).toEqual([true]);
  });

  it("when the request fails, and each of a retried call's sessions", async () => {
    const { call, destroyed } = recorded(inProcess({ server: { lockTtlMs: 20 }, client: { maxRetries: 0 } }));
    await expect(call({ headers: { "x-mock-status": "500" } })).rejects.toMatchObject({ status: 500 });
    await expect(call({ headers: { "x-mock-latency": "60" } })).rejects.toMatchObject({ status: 425 });
    expect(destroyed()).toEqual([true, true, true]);
  });

  it("when the signal aborts before the response comes (over loopback)", async () => {
    const setup = await overLoopback();
    try {
      const controller = new AbortController();
      const { call, destroyed } = recorded(setup);
      const pending = call({ signal: controller.signal, headers: { "x-mock-latency": "300" } });
      // Abort once the sealed request is at the server (not during the lock, however slow the machine).
      while (!setup.server.requests.some((entry) => entry.path.startsWith("/v1/confidential/"))) await tick();
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "APIUserAbortError" });
      expect(destroyed()).toEqual([true]);
    } finally {
      await setup.close();
    }
  });
});

describe("a stream destroys its session", () => {
  it("not before its end, and at its end", async () => {
    const { stream, destroyed } = recorded(inProcess());
    const chunks = (await stream())[Symbol.asyncIterator]();
    await chunks.next();
    expect(destroyed()).toEqual([false]);
    while (!(await chunks.next()).done);
    expect(destroyed()).toEqual([true]);
  });

  it("when a chunk fails its checks", async () => {
    const { stream, destroyed } = recorded(
      inProcess({ wrap: editConfidential(TAMPERS["a flipped ciphertext byte"].edit, 3) }),
    );
    await expect((await stream()).finalCompletion()).rejects.toMatchObject({ name: "DecryptionError" });
    expect(destroyed()).toEqual([true]);
  });

  it("when it is aborted, even unread", async () => {
    const { stream, destroyed } = recorded(inProcess());
    (await stream()).abort();
    await tick();
    expect(destroyed()).toEqual([true]);
  });

  it("when the loop is left early", async () => {
    const { stream, destroyed } = recorded(inProcess());
    for await (const chunk of await stream()) if (chunk) break;
    await tick();
    expect(destroyed()).toEqual([true]);
  });

  it("when the call's signal aborts mid-stream", async () => {
    const controller = new AbortController();
    const { stream, destroyed } = recorded(inProcess());
    const chunks = (await stream({ signal: controller.signal }))[Symbol.asyncIterator]();
    await chunks.next();
    controller.abort();
    await expect(chunks.next()).rejects.toMatchObject({ name: "APIUserAbortError" });
    expect(destroyed()).toEqual([true]);
  });

  it("when no data comes within the data timeout", async () => {
    const { stream, destroyed } = recorded(inProcess());
    const pending = stream({
      dataTimeout: 30,
      headers: { "x-mock-stall": "300", "x-mock-stall-after": "2" },
    });
    await expect((await pending).finalCompletion()).rejects.toMatchObject({ name: "APITimeoutError" });
    expect(destroyed()).toEqual([true]);
  });

  it("when the connection drops", async () => {
    const { stream, destroyed } = recorded(inProcess());
    const pending = stream({ headers: { "x-mock-drop-after": "3" } });
    await expect((await pending).finalCompletion()).rejects.toMatchObject({ name: "APIConnectionError" });
    expect(destroyed()).toEqual([true]);
  });
});

describe("aborting a confidential stream over loopback", () => {
  it("closes the server's side of the connection", async () => {
    const setup = await overLoopback();
    try {
      const { stream, destroyed } = recorded(setup);
      const chat = await stream({ headers: { "x-mock-chunk-delay": "20" } });
      expect(chat.response.url).toBe(`${setup.running.url}/v1/confidential/chat/completions`);
      const chunks = chat[Symbol.asyncIterator]();
      await chunks.next();
      await chunks.next();
      chat.abort();
      expect(await outcomeOf(setup.server)).toBe("client-disconnected");
      expect(destroyed()).toEqual([true]);
      await expect(chunks.next()).rejects.toMatchObject({ name: "APIUserAbortError" });
    } finally {
      await setup.close();
    }
  });

  it("through the client's stream promise, left after its first chunk", async () => {
    const setup = await overLoopback();
    try {
      for await (const chunk of setup.secure.chat.stream(chatParams, {
        headers: { "x-mock-chunk-delay": "20" },
      }))
        if (chunk) break;
      expect(await outcomeOf(setup.server)).toBe("client-disconnected");
    } finally {
      await setup.close();
    }
  });
});
