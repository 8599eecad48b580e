import { describe, expect, it } from "vitest";
import { encodeSSE } from "./sse-encoder.js";
import { collect } from "./test-utils/collect.js";

async function* values(...items: unknown[]) {
  yield* items;
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value);
  return pieces;
}

describe("encodeSSE", () => {
  it("writes one data event per value, then [DONE]", async () => {
    const pieces = await bytesOf(encodeSSE(values({ a: "é🚀" }, { b: [1, 2] })));
    const decoder = new TextDecoder();
    const text = pieces.map((piece) => decoder.decode(piece, { stream: true })).join("");
    expect(text).toBe('data: {"a":"é🚀"}\n\ndata: {"b":[1,2]}\n\ndata: [DONE]\n\n');
    expect(collect(pieces).events.map((event) => event.data)).toEqual([
      '{"a":"é🚀"}',
      '{"b":[1,2]}',
      "[DONE]",
    ]);
  });

  it("errors the stream when the source fails", async () => {
    async function* failing() {
      yield 1;
      throw new Error("boom");
    }
    await expect(bytesOf(encodeSSE(failing()))).rejects.toThrow("boom");
  });

  it("stops the source when the stream is cancelled", async () => {
    let stopped = false;
    async function* endless() {
      try {
        for (;;) yield 1;
      } finally {
        stopped = true;
      }
    }
    const reader = encodeSSE(endless()).getReader();
    await reader.read();
    await reader.cancel();
    expect(stopped).toBe(true);
  });
});
