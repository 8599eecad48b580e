// A canary prompt (which the mock quotes in its answers, so it is in every response's plaintext) and a
// canary API key, pushed through every failure path of the confidential client: no error may carry
// them, through its message, cause chain, String(), JSON.stringify() or inspection.
import { createChatStream, withStreaming } from "@atoma-ts/streaming";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  API_KEY,
  CANARY,
  chatParams,
  completionParams,
  inProcess,
  overLoopback,
  type SetupOptions,
} from "../test-utils/mock-client.js";
import { editConfidential, editPayloads, rewriteBodies, TAMPERS } from "../test-utils/rewrite.js";

/** Every way an error can be rendered, down its cause chain. */
function renderings(error: unknown): string[] {
  const out: string[] = [];
  for (let at: unknown = error, depth = 0; at !== undefined && depth < 10; depth++) {
    out.push(
      String(at),
      JSON.stringify(at) ?? "",
      inspect(at, { depth: 10 }),
      inspect(at, { showHidden: true }),
    );
    if (at instanceof Error) out.push(at.message, at.stack ?? "");
    at = (at as { cause?: unknown }).cause;
  }
  return out;
}

function expectNoSecrets(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  for (const text of renderings(error)) {
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(API_KEY);
  }
}

const caught = (pending: Promise<unknown>) =>
  pending.then(
    () => expect.unreachable("the call should have failed"),
    (error: unknown) => error,
  );

/** Reads a stream to its end by iterating it; resolves to the error it fails with. */
async function iterate(stream: AsyncIterable<unknown>): Promise<unknown> {
  return caught(
    (async () => {
      for await (const chunk of stream) void chunk;
    })(),
  );
}

/** A stream cut after `events` events, closed as Atoma's proxy does (no error, no [DONE]). */
const truncatedAfter = (events: number): SetupOptions["wrap"] =>
  rewriteBodies("/v1/confidential/", (text) => text.split("\n\n").slice(0, events).join("\n\n") + "\n\n");

// The canary is quoted about ten chunks in: a fault after 15 events leaves it in what was assembled.
const LATE = "15";
// The idle timeout is wide enough that a busy machine's pauses between chunks do not fire it before the stall.
const stall = { dataTimeout: 250, headers: { "x-mock-stall": "2000", "x-mock-stall-after": LATE } };

const FAILURES: Record<string, () => Promise<unknown>> = {
  "decryption of a body": () =>
    caught(
      inProcess({ wrap: editConfidential(TAMPERS["a flipped ciphertext byte"].edit) }).secure.chat.create(
        chatParams,
      ),
    ),
  "decryption of a late chunk": async () =>
    iterate(
      await inProcess({ wrap: editConfidential(TAMPERS["a wrong nonce"].edit, 15) }).secure.chat.stream(
        chatParams,
      ),
    ),
  "the hash of a body": () =>
    caught(
      inProcess({
        wrap: editConfidential(TAMPERS["a response_hash of other bytes"].edit),
      }).secure.chat.create(chatParams),
    ),
  "the hash of a late chunk, through finalCompletion()": async () =>
    caught(
      (
        await inProcess({
          wrap: editConfidential(TAMPERS["a response_hash of other bytes"].edit, 15),
        }).secure.chat.stream(chatParams)
      ).finalCompletion(),
    ),
  "a signer outside trustedSigners": () =>
    caught(
      inProcess({ secure: { trustedSigners: [`0x${"cd".repeat(32)}`] } }).secure.chat.create(chatParams),
    ),
  "a 425 twice": () =>
    caught(
      inProcess({ server: { lockTtlMs: 20 } }).secure.chat.create(chatParams, {
        headers: { "x-mock-latency": "60" },
      }),
    ),
  "a 503 from the lock": () =>
    caught(
      inProcess({ server: { confidentialModels: [] }, client: { maxRetries: 0 } }).secure.chat.create(
        chatParams,
      ),
    ),
  "a 400 with a JSON body": () =>
    caught(inProcess().secure.chat.create(chatParams, { headers: { "x-mock-status": "400" } })),
  "a 500 with a text body, after retries": () =>
    caught(
      inProcess().secure.completions.stream(completionParams, {
        maxRetries: 1,
        headers: { "x-mock-status": "500", "x-mock-error-body": "text", "x-mock-retry-after-ms": "1" },
      }),
    ),
  "an abort before the headers (loopback)": async () => {
    const setup = await overLoopback();
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error(`aborted by ${CANARY.slice(0, 0)}user`)), 30);
      return await caught(
        setup.secure.chat.create(chatParams, {
          signal: controller.signal,
          headers: { "x-mock-latency": "300" },
        }),
      );
    } finally {
      await setup.close();
    }
  },
  "abort() mid-stream": async () => {
    const stream = await inProcess().secure.chat.stream(chatParams, {
      headers: { "x-mock-chunk-delay": "5" },
    });
    const chunks = stream[Symbol.asyncIterator]();
    for (let i = 0; i < 16; i++) await chunks.next();
    stream.abort();
    return caught(chunks.next());
  },
  "the signal mid-stream": async () => {
    const controller = new AbortController();
    const stream = await inProcess().secure.chat.stream(chatParams, { signal: controller.signal });
    const chunks = stream[Symbol.asyncIterator]();
    for (let i = 0; i < 16; i++) await chunks.next();
    controller.abort();
    return caught(chunks.next());
  },
  "an idle timeout, iterated": async () => iterate(await inProcess().secure.chat.stream(chatParams, stall)),
  "an idle timeout, through finalCompletion()": async () =>
    caught((await inProcess().secure.chat.stream(chatParams, stall)).finalCompletion()),
  "an idle timeout, through textStream": async () =>
    iterate((await inProcess().secure.chat.stream(chatParams, stall)).textStream),
  "an idle timeout, through a tee() branch": async () => {
    const [left, right] = (await inProcess().secure.chat.stream(chatParams, stall)).tee();
    void right.finalCompletion().catch(() => {});
    return iterate(left);
  },
  "an idle timeout, through toReadableStream()": async () => {
    const bytes = (await inProcess().secure.chat.stream(chatParams, stall)).toReadableStream();
    return iterate(bytes as unknown as AsyncIterable<Uint8Array>);
  },
  "a dropped connection": async () =>
    caught(
      (
        await inProcess().secure.chat.stream(chatParams, { headers: { "x-mock-drop-after": LATE } })
      ).finalCompletion(),
    ),
  "a truncated stream": async () =>
    caught((await inProcess({ wrap: truncatedAfter(20) }).secure.chat.stream(chatParams)).finalCompletion()),
};

describe("no secret in any error of the confidential client", () => {
  it.each(Object.entries(FAILURES))("%s", async (_, fail) => {
    expectNoSecrets(await fail());
  });

  it("covers the failures it means to (each is the error expected)", async () => {
    const names = await Promise.all(
      ["an idle timeout, iterated", "a dropped connection", "a truncated stream", "a 503 from the lock"].map(
        async (path) => ((await FAILURES[path]!()) as Error).name,
      ),
    );
    expect(names).toEqual(["APITimeoutError", "APIConnectionError", "StreamError", "NodeUnavailableError"]);
  });

  it("control: a plain stream's errors do carry the text (its partial), so the test can see it", async () => {
    const { atoma } = inProcess();
    const plain = withStreaming(atoma);
    const stream = await plain.chat.stream(chatParams, stall);
    const error = await caught(stream.finalCompletion());
    expect(renderings(error).some((text) => text.includes(CANARY))).toBe(true);
    // and the same for a stream read with createChatStream directly, truncated
    const response = new Response(
      editPayloads("data: {}\n\n", () => {}),
      {
        headers: { "content-type": "text/event-stream" },
      },
    );
    await expect(createChatStream(response).finalCompletion()).rejects.toMatchObject({ type: "truncated" });
  });
});
