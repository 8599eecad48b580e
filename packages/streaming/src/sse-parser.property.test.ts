import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collect, cutAt, encode } from "./test-utils/collect.js";
import { cuts, sseStream } from "./test-utils/sse-arbitraries.js";

// Seeded so a failure reproduces; fast-check prints the seed and path of any counterexample.
const runs = { seed: 0x55e, numRuns: 500 };

describe("createSSEParser, for any valid stream", () => {
  it("reports its events, comments and retries when fed whole", () => {
    fc.assert(
      fc.property(sseStream, ({ text, collected }) => {
        expect(collect([encode(text)])).toEqual(collected);
      }),
      runs,
    );
  });

  it("reports the same for any split of its bytes (inside CRLF and UTF-8 characters too)", () => {
    const split = sseStream.chain((stream) => {
      const bytes = encode(stream.text);
      return fc.record({
        stream: fc.constant(stream),
        pieces: cuts(bytes.length).map((at) => cutAt(bytes, at)),
      });
    });
    fc.assert(
      fc.property(split, ({ stream, pieces }) => {
        expect(collect(pieces)).toEqual(stream.collected);
      }),
      runs,
    );
  });

  it("reports the same for any split of its text (inside surrogate pairs too)", () => {
    const split = sseStream.chain((stream) =>
      fc.record({
        stream: fc.constant(stream),
        pieces: cuts(stream.text.length).map((at) => cutAt(stream.text, at)),
      }),
    );
    fc.assert(
      fc.property(split, ({ stream, pieces }) => {
        expect(collect(pieces)).toEqual(stream.collected);
      }),
      runs,
    );
  });

  it("reports the same when fed a byte at a time", () => {
    fc.assert(
      fc.property(sseStream, ({ text, collected }) => {
        const bytes = encode(text);
        expect(collect(Array.from(bytes, (_, i) => bytes.subarray(i, i + 1)))).toEqual(collected);
      }),
      { ...runs, numRuns: 200 },
    );
  });
});
