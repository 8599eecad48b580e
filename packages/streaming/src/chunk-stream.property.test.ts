import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createChatStream } from "./chat-stream.js";
import { chatChunk, craftedResponse, drain, event, usageChunk } from "./test-utils/crafted.js";
import { cuts, value } from "./test-utils/sse-arbitraries.js";
import { cutAt, encode } from "./test-utils/collect.js";

/** A whole chat answer of `texts` (multi-byte text), with keep-alives, as bytes. */
const answerOf = (texts: string[]) =>
  encode(
    [
      ...texts.flatMap((text, index) => [
        event(chatChunk(text)),
        ...(index % 3 === 2 ? [": keep-alive\n\n"] : []),
      ]),
      event(chatChunk(undefined, { finish: "stop" })),
      event(usageChunk()),
    ].join(""),
  );

describe("a chat stream, property", () => {
  it("gives the same chunks and completion for any split of the same bytes", async () => {
    const answer = fc.array(value, { minLength: 1, maxLength: 12 }).chain((texts) => {
      const bytes = answerOf(texts);
      return fc.tuple(fc.constant(texts), fc.constant(bytes), cuts(bytes.length));
    });
    await fc.assert(
      fc.asyncProperty(answer, async ([texts, bytes, at]) => {
        const stream = createChatStream(craftedResponse(cutAt(bytes, at)).response);
        const { values, error } = await drain(stream);
        expect(error).toBeUndefined();
        expect(values).toHaveLength(texts.length + 2);
        const completion = await stream.finalCompletion();
        expect(completion.choices[0]?.message.content).toBe(texts.join(""));
        expect(completion.usage).toEqual(usageChunk().usage);
      }),
      { numRuns: 200 },
    );
  });
});
