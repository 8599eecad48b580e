import { describe, expect, it } from "vitest";
import { SSEDecoderStream } from "./sse-decoder-stream.js";
import type { SSEEvent } from "./sse-parser.js";
import { isStreamError } from "./stream-error.js";
import { encode, message, piecesOf } from "./test-utils/collect.js";

function readableOf<T>(pieces: T[]): ReadableStream<T> {
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
}

async function readAll<T>(stream: ReadableStream<T>, onItem: (item: T) => void = () => {}): Promise<T[]> {
  const all: T[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    onItem(next.value);
    all.push(next.value);
  }
  return all;
}

const chunk = (content: string) =>
  `data: ${JSON.stringify({ object: "chat.completion.chunk", choices: [{ index: 0, delta: { content } }] })}\n\n`;
const atomaStream = `${chunk("héllo")}: keep-alive\n\n${chunk(" wörld 🚀")}data: [DONE]\n\n`;

describe("SSEDecoderStream", () => {
  it("turns a response body into events through a real pipe", async () => {
    const comments: string[] = [];
    const body = new Response(atomaStream).body!;
    const events = await readAll(
      body.pipeThrough(new SSEDecoderStream({ onComment: (c) => comments.push(c) })),
    );
    expect(events.map((event) => event.data)).toEqual([
      chunk("héllo").slice(6, -2),
      chunk(" wörld 🚀").slice(6, -2),
      "[DONE]",
    ]);
    expect(comments).toEqual(["keep-alive"]);
  });

  it("reports comments as they arrive, between the events around them", async () => {
    const seen: string[] = [];
    const pieces = piecesOf(encode(atomaStream), 5);
    const events = readableOf(pieces).pipeThrough(
      new SSEDecoderStream({ onComment: (c) => seen.push(`:${c}`) }),
    );
    await readAll(events, (event) => seen.push(event.data.slice(0, 9)));
    expect(seen).toEqual(['{"object"', ":keep-alive", '{"object"', "[DONE]"]);
  });

  it("takes text pieces and reports retry", async () => {
    const retries: number[] = [];
    const stream = new SSEDecoderStream({ onRetry: (retry) => retries.push(retry) });
    const events = await readAll(
      readableOf(["retry: 10", "00\nevent: up\nid: 9\r\ndata: a\r\n\r\n"]).pipeThrough(stream),
    );
    expect(events).toEqual<SSEEvent[]>([{ data: "a", event: "up", id: "9" }]);
    expect(retries).toEqual([1000]);
  });

  it("emits a last event without its blank line when the input ends", async () => {
    expect(
      await readAll(readableOf([encode("data: a\n\ndata: b")]).pipeThrough(new SSEDecoderStream())),
    ).toEqual([message("a"), message("b")]);
  });

  it("errors the stream with a StreamError when an event exceeds maxEventSize", async () => {
    const pieces = piecesOf(encode(`data: ok\n\ndata: ${"x".repeat(1000)}\n\n`), 64);
    const events = readableOf(pieces).pipeThrough(new SSEDecoderStream({ maxEventSize: 100 }));
    const seen: SSEEvent[] = [];
    const failure = await readAll(events, (event) => seen.push(event)).catch((error: unknown) => error);
    expect(isStreamError(failure)).toBe(true);
    expect(failure).toMatchObject({ type: "buffer-exceeded" });
    expect(seen).toEqual([message("ok")]);
  });
});
