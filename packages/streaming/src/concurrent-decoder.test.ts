import { describe, expect, it } from "vitest";
import { createChatStream } from "./chat-stream.js";
import { createConcurrentDecoder } from "./concurrent-decoder.js";
import { parseEventData } from "./decode-chunk.js";
import type { ChatCompletionChunk } from "./stream-types.js";
import { chatEvents, craftedResponse, drain, event, chatChunk } from "./test-utils/crafted.js";

const contentOf = (chunks: ChatCompletionChunk[]) =>
  chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");

/** A promise settled by hand, to decide in which order slow decodes finish. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("createConcurrentDecoder", () => {
  it("decodes a read's events at once and yields them in order, whatever order they finish in", async () => {
    const texts = ["a", "b", "c", "d"];
    const gates = new Map(texts.map((text) => [text, deferred()]));
    let running = 0;
    let mostAtOnce = 0;
    const decode = createConcurrentDecoder(async (data, ev, context) => {
      const chunk = parseEventData(data, ev, context) as ChatCompletionChunk;
      const gate = gates.get(chunk.choices[0]?.delta.content ?? "");
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await gate?.promise;
      running--;
      return chunk;
    });
    // One read: every event of the answer in a single piece.
    const { response } = craftedResponse([chatEvents(...texts).join("")]);
    const draining = drain(createChatStream(response, { decode }));
    // Finish them last to first: each waits on the ones after it.
    for (const text of [...texts].reverse()) {
      await new Promise((resolve) => setTimeout(resolve));
      gates.get(text)!.resolve();
    }
    const { values, error } = await draining;
    expect(error).toBeUndefined();
    expect(contentOf(values)).toBe("abcd");
    // Every event of the read at once: the texts, the stop chunk and the usage chunk.
    expect(mostAtOnce).toBe(texts.length + 2);
  });

  it("fails the stream at the event that failed, after the chunks before it", async () => {
    const failure = new Error("this chunk does not verify");
    const decode = createConcurrentDecoder(async (data, ev, context) => {
      const chunk = parseEventData(data, ev, context) as ChatCompletionChunk;
      if (chunk.choices[0]?.delta.content === "bad") throw failure;
      return chunk;
    });
    const { response } = craftedResponse([chatEvents("ok", "fine", "bad", "never").join("")]);
    const { values, error } = await drain(createChatStream(response, { decode }));
    expect(contentOf(values)).toBe("okfine");
    expect(error).toBe(failure);
  });

  it("decodes nothing from data: [DONE] on", async () => {
    const seen: string[] = [];
    const decode = createConcurrentDecoder(async (data, ev, context) => {
      seen.push(data);
      return parseEventData(data, ev, context) as ChatCompletionChunk;
    });
    // In one read, then [DONE] and what follows it in reads of their own.
    const { response } = craftedResponse([
      chatEvents("a").join("") + "data: [DONE]\n\n" + event(chatChunk("late")),
      event(chatChunk("later")),
    ]);
    const { values, error } = await drain(createChatStream(response, { decode }));
    expect(error).toBeUndefined();
    expect(contentOf(values)).toBe("a");
    expect(seen).toHaveLength(3);
    expect(seen.some((data) => data.includes("late"))).toBe(false);
  });

  it("refuses an event it was not prepared with", () => {
    const decode = createConcurrentDecoder(async () => chatChunk("x"));
    const ev = { data: "{}", event: "", id: "" };
    expect(() => decode("{}", ev as never, { operation: "POST /x", headers: new Headers() })).toThrow(
      /not prepared/,
    );
  });
});
