import { describe, expect, it } from "vitest";
import { createPieceDecoder } from "./piece-decoder.js";
import { encode } from "./test-utils/collect.js";

describe("createPieceDecoder", () => {
  it("decodes characters split across pieces", () => {
    const decoder = createPieceDecoder();
    const bytes = encode("é🚀");
    expect([...bytes].map((byte) => decoder.decode(new Uint8Array([byte]))).join("")).toBe("é🚀");
    expect(decoder.flush()).toBe("");
  });

  it.each([
    ["bytes", encode("\uFEFF\uFEFFa")],
    ["text", "\uFEFF\uFEFFa"],
  ])("skips exactly one leading BOM (%s)", (_kind, piece) => {
    expect(createPieceDecoder().decode(piece)).toBe("\uFEFFa");
  });

  it("skips a BOM that follows empty pieces, and none later", () => {
    const decoder = createPieceDecoder();
    expect(decoder.decode("")).toBe("");
    expect(decoder.decode(new Uint8Array([0xef, 0xbb]))).toBe("");
    expect(decoder.decode(new Uint8Array([0xbf, 0x61]))).toBe("a");
    expect(decoder.decode("\uFEFF")).toBe("\uFEFF");
  });

  it("replaces an unfinished character with U+FFFD at the end or before text", () => {
    const decoder = createPieceDecoder();
    decoder.decode(new Uint8Array([0x61, 0xc3]));
    expect(decoder.flush()).toBe("\uFFFD");
    decoder.decode(new Uint8Array([0xc3]));
    expect(decoder.decode("b")).toBe("\uFFFDb");
  });

  it("starts over on reset: held bytes dropped, the BOM skipped again", () => {
    const decoder = createPieceDecoder();
    decoder.decode(new Uint8Array([0x61, 0xc3]));
    decoder.reset();
    expect(decoder.decode(encode("\uFEFFb"))).toBe("b");
    expect(decoder.flush()).toBe("");
  });
});
