import { describe, expect, it } from "vitest";
import { ChatStream, createChatStream } from "./chat-stream.js";
import { CompletionStream, createCompletionStream } from "./completion-stream.js";
import { parseEventData, type ChunkDecoder } from "./decode-chunk.js";
import type { ChatCompletionChunk } from "./stream-types.js";
import {
  chatChunk,
  chatEvents,
  completionChunk,
  craftedResponse,
  drain,
  event,
  usageChunk,
} from "./test-utils/crafted.js";

const contentOf = (chunks: ChatCompletionChunk[]) =>
  chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");

describe("a chat stream read from a response", () => {
  it("yields every chunk as sent, unknown fields kept, comments skipped, and ends at a clean close", async () => {
    const signed = { ...chatChunk("Hé"), signature: "c2ln", response_hash: "aGFzaA==" };
    const { response } = craftedResponse([
      ": keep-alive\n\n",
      event(signed),
      ": keep-alive\n\n",
      ...chatEvents("llo"),
    ]);
    const stream = createChatStream(response);
    const { values, error } = await drain(stream);
    expect(error).toBeUndefined();
    expect(values[0]).toEqual(signed);
    expect(values).toHaveLength(4);
    expect(contentOf(values)).toBe("Héllo");
    expect(stream.response.headers.get("x-request-id")).toBe("req_crafted");
  });

  it("settles finalCompletion() when aborted between reads, instead of waiting forever", async () => {
    const { response } = craftedResponse(chatEvents("a", "b", "c"));
    const stream = createChatStream(response);
    const chunks = stream[Symbol.asyncIterator]();
    await chunks.next();
    stream.abort();
    await expect(stream.finalCompletion()).rejects.toMatchObject({ name: "APIUserAbortError" });
    await expect(chunks.next()).rejects.toMatchObject({ name: "APIUserAbortError" });
  });

  it("ends at data: [DONE] and ignores what comes after it", async () => {
    const { response } = craftedResponse([...chatEvents("a"), "data: [DONE]\n\n", event(chatChunk("late"))]);
    const { values, error } = await drain(createChatStream(response));
    expect(error).toBeUndefined();
    expect(contentOf(values)).toBe("a");
  });

  it("assembles the final completion, also when called alone", async () => {
    const { response } = craftedResponse(chatEvents("Hel", "lo"));
    const completion = await createChatStream(response).finalCompletion();
    expect(completion).toMatchObject({
      id: "chatcmpl-x",
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: "Hello" }, finish_reason: "stop" }],
      usage: { total_tokens: 3 },
    });
  });

  it("streams the first choice's text", async () => {
    const { response } = craftedResponse([
      event(chatChunk("A")),
      event(chatChunk("other", { index: 1 })),
      event(chatChunk("")),
      event(chatChunk("B")),
      event(chatChunk(undefined, { finish: "stop" })),
      event(chatChunk(undefined, { index: 1, finish: "stop" })),
    ]);
    expect((await drain(createChatStream(response).textStream)).values).toEqual(["A", "B"]);
  });
});

describe("stream failures", () => {
  it("yields the chunks before a chunk that is not JSON, then a StreamError with the raw data", async () => {
    const { response, cancelled } = craftedResponse(
      [event(chatChunk("ok")) + "data: {oops\n\n", ": more\n\n"],
      {
        end: "hang",
      },
    );
    const { values, error } = await drain(createChatStream(response));
    expect(contentOf(values)).toBe("ok");
    expect(error).toMatchObject({ name: "StreamError", type: "invalid-json", data: "{oops" });
    await cancelled;
  });

  it.each([
    { name: "an `event: error`", frame: 'event: error\ndata: {"error":{"message":"node lost"}}\n\n' },
    { name: 'an {"error": ...} payload', frame: event({ error: { code: "NODE", message: "node lost" } }) },
  ])("turns $name mid-stream into an APIError carrying the body", async ({ frame }) => {
    const { response, cancelled } = craftedResponse([event(chatChunk("par")), frame], { end: "hang" });
    const { values, error } = await drain(createChatStream(response));
    expect(contentOf(values)).toBe("par");
    expect(error).toMatchObject({
      name: "InternalServerError",
      status: 500,
      requestId: "req_crafted",
      body: { error: { message: "node lost" } },
    });
    expect((error as Error).message).toContain("node lost");
    await cancelled;
  });

  it("makes a stream that closes before the finish reason a truncated StreamError, after its chunks", async () => {
    const { response } = craftedResponse([event(chatChunk("Hal")), event(chatChunk("f"))]);
    const stream = createChatStream(response);
    const { values, error } = await drain(stream);
    expect(contentOf(values)).toBe("Half");
    expect(error).toMatchObject({ name: "StreamError", type: "truncated" });
    expect((error as { partial: unknown }).partial).toMatchObject({
      choices: [{ message: { content: "Half" }, finish_reason: null }],
    });
    await expect(stream.finalCompletion()).rejects.toBe(error);
  });

  it("leaves partial off its errors when told to (keepPartial: false)", async () => {
    const { response } = craftedResponse([event(chatChunk("secret"))]);
    const { values, error } = await drain(createChatStream(response, { keepPartial: false }));
    expect(contentOf(values)).toBe("secret");
    expect(error).toMatchObject({ name: "StreamError", type: "truncated" });
    expect((error as { partial: unknown }).partial).toBeUndefined();
  });

  it("takes an empty stream, even with [DONE], as truncated", async () => {
    for (const pieces of [[], [": keep-alive\n\n", "data: [DONE]\n\n"]]) {
      const { error } = await drain(createChatStream(craftedResponse(pieces).response));
      expect(error).toMatchObject({ name: "StreamError", type: "truncated", partial: undefined });
    }
  });

  it("takes a usage-only end after an unfinished choice as truncated", async () => {
    const { response } = craftedResponse([event(chatChunk("x")), event(usageChunk())]);
    const { error } = await drain(createChatStream(response));
    expect(error).toMatchObject({ type: "truncated" });
  });

  it("makes a dropped connection an APIConnectionError with what was assembled", async () => {
    const { response } = craftedResponse([event(chatChunk("so ")), event(chatChunk("far"))], {
      end: "error",
    });
    const { values, error } = await drain(createChatStream(response));
    expect(values).toHaveLength(2);
    expect(error).toMatchObject({ name: "APIConnectionError" });
    expect((error as { partial: unknown }).partial).toMatchObject({
      choices: [{ message: { content: "so far" } }],
    });
  });
});

describe("consuming a stream", () => {
  const whole = () => craftedResponse(chatEvents("one ", "two")).response;

  it("can be iterated once", async () => {
    const stream = createChatStream(whole());
    await drain(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(
      "POST /v1/chat/completions: this stream was already iterated; a stream can be read once (use tee() to read it twice)",
    );
    expect(() => stream.toReadableStream()).toThrow(/already iterated/);
    expect(() => stream.tee()).toThrow(/already iterated/);
    await expect(drain(stream.textStream)).resolves.toMatchObject({ error: { name: "AtomaError" } });
    await expect(stream.finalCompletion()).resolves.toMatchObject({
      choices: [{ message: { content: "one two" } }],
    });
  });

  it("cannot be iterated after toReadableStream()", async () => {
    const stream = createChatStream(whole());
    stream.toReadableStream();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already turned into a ReadableStream/);
  });

  it("round-trips through toReadableStream() and fromReadableStream()", async () => {
    const original = createChatStream(craftedResponse(chatEvents("é", "🚀")).response);
    const [left, right] = original.tee();
    const copy = ChatStream.fromReadableStream(right.toReadableStream());
    const [a, b] = await Promise.all([drain(left), drain(copy)]);
    expect(b.values).toEqual(a.values);
    expect(await copy.finalCompletion()).toEqual(await left.finalCompletion());
    expect(await original.finalCompletion()).toEqual(await left.finalCompletion());
  });

  it("errors the readable stream when the stream fails: its reader sees a broken connection", async () => {
    const stream = createChatStream(craftedResponse([event(chatChunk("x"))]).response);
    const { values, error } = await drain(ChatStream.fromReadableStream(stream.toReadableStream()));
    expect(values).toHaveLength(1);
    expect(error).toMatchObject({ name: "APIConnectionError", cause: { type: "truncated" } });
  });

  it("tees into two independent streams", async () => {
    const [left, right] = createChatStream(whole()).tee();
    const first = await drain(left);
    const second = await drain(right);
    expect(contentOf(first.values)).toBe("one two");
    expect(second.values).toEqual(first.values);
    expect(await right.finalCompletion()).toEqual(await left.finalCompletion());
  });

  it("keeps a tee branch running when the other is aborted, and closes the body once both are done", async () => {
    const { response, cancelled } = craftedResponse([event(chatChunk("a")), event(chatChunk("b"))], {
      end: "hang",
    });
    const [left, right] = createChatStream(response).tee();
    const leftChunks = left[Symbol.asyncIterator]();
    await leftChunks.next();
    left.abort();
    await expect(leftChunks.next()).rejects.toMatchObject({ name: "APIUserAbortError" });
    const rightChunks = right[Symbol.asyncIterator]();
    expect(contentOf([(await rightChunks.next()).value, (await rightChunks.next()).value])).toBe("ab");
    const pending = rightChunks.next();
    right.abort("enough");
    await expect(pending).rejects.toMatchObject({ name: "APIUserAbortError", cause: "enough" });
    await cancelled;
  });
});

describe("stopping a stream", () => {
  it("abort() ends a pending read with an APIUserAbortError and cancels the body", async () => {
    const { response, cancelled } = craftedResponse([event(chatChunk("a"))], { end: "hang" });
    const stream = createChatStream(response);
    const chunks = stream[Symbol.asyncIterator]();
    await chunks.next();
    const pending = chunks.next();
    stream.abort();
    await expect(pending).rejects.toMatchObject({ name: "APIUserAbortError" });
    await cancelled;
    await expect(stream.finalCompletion()).rejects.toMatchObject({ name: "APIUserAbortError" });
  });

  it("the signal does the same", async () => {
    const controller = new AbortController();
    const { response, cancelled } = craftedResponse([event(chatChunk("a"))], { end: "hang" });
    const stream = createChatStream(response, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const { values, error } = await drain(stream);
    expect(values).toHaveLength(1);
    expect(error).toMatchObject({ name: "APIUserAbortError" });
    await cancelled;
  });

  it("breaking out of the loop cancels the body; finalCompletion() then rejects", async () => {
    const { response, cancelled } = craftedResponse([event(chatChunk("a"))], { end: "hang" });
    const stream = createChatStream(response);
    for await (const chunk of stream) if (chunk) break;
    await cancelled;
    await expect(stream.finalCompletion()).rejects.toMatchObject({
      name: "APIUserAbortError",
      message: "POST /v1/chat/completions: the stream was left before its end",
    });
  });

  it("times out between data events", async () => {
    const { response, cancelled } = craftedResponse([event(chatChunk("a"))], { end: "hang" });
    const { values, error } = await drain(createChatStream(response, { idleTimeout: 30 }));
    expect(values).toHaveLength(1);
    expect(error).toMatchObject({
      name: "APITimeoutError",
      partial: { choices: [{ message: { content: "a" } }] },
    });
    await cancelled;
  });
});

describe("the decode hook", () => {
  // A stand-in for an encrypted stream: each event's data is {"ciphertext": base64(chunk JSON), "nonce"}.
  const seal = (chunk: unknown) =>
    event({
      ciphertext: btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(chunk)))),
      nonce: "n",
    });
  const open: ChunkDecoder<ChatCompletionChunk> = (data, ev, context) => {
    const { ciphertext } = parseEventData(data, ev, context) as { ciphertext: string };
    const bytes = Uint8Array.from(atob(ciphertext), (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as ChatCompletionChunk;
  };

  it("gives a decoded stream every helper", async () => {
    const pieces = [
      seal(chatChunk("sé")),
      seal(chatChunk("cret")),
      seal(chatChunk(undefined, { finish: "stop" })),
    ];
    const stream = createChatStream(craftedResponse(pieces).response, { decode: open });
    expect((await drain(stream.textStream)).values).toEqual(["sé", "cret"]);
    expect((await stream.finalCompletion()).choices[0]?.message.content).toBe("sécret");
  });

  it("keeps the default's error handling under parseEventData, and truncation", async () => {
    const failing = [seal(chatChunk("a")), event({ error: { message: "no" } })];
    expect(
      (await drain(createChatStream(craftedResponse(failing).response, { decode: open }))).error,
    ).toMatchObject({
      name: "InternalServerError",
    });
    const cut = [seal(chatChunk("a"))];
    expect(
      (await drain(createChatStream(craftedResponse(cut).response, { decode: open }))).error,
    ).toMatchObject({
      type: "truncated",
      partial: { choices: [{ message: { content: "a" } }] },
    });
  });

  it("skips an event the decoder returns undefined for", async () => {
    const pieces = ["event: ping\ndata: {}\n\n", ...chatEvents("x")];
    const skipPings: ChunkDecoder<ChatCompletionChunk> = (data, ev, context) =>
      ev.event === "ping" ? undefined : (parseEventData(data, ev, context) as ChatCompletionChunk);
    const { values } = await drain(createChatStream(craftedResponse(pieces).response, { decode: skipPings }));
    expect(contentOf(values)).toBe("x");
  });
});

describe("a completions stream", () => {
  it("streams text and assembles a CompletionsResponse", async () => {
    const pieces = [
      event(completionChunk("Once")),
      event(completionChunk(" upon")),
      event(completionChunk("", "stop")),
    ];
    const [left, right] = createCompletionStream(craftedResponse(pieces).response).tee();
    expect((await drain(left.textStream)).values).toEqual(["Once", " upon"]);
    expect(right).toBeInstanceOf(CompletionStream);
    expect(await right.finalCompletion()).toEqual({
      id: "cmpl-x",
      object: "text_completion",
      created: 1,
      model: "m",
      choices: [{ index: 0, text: "Once upon", finish_reason: "stop", logprobs: null }],
    });
  });

  it("reads back its own bytes", async () => {
    const pieces = [event(completionChunk("a")), event(completionChunk("b", "stop"))];
    const stream = createCompletionStream(craftedResponse(pieces).response);
    const copy = CompletionStream.fromReadableStream(stream.toReadableStream());
    expect((await copy.finalCompletion()).choices[0]?.text).toBe("ab");
  });
});
