import { describe, expect, it } from "vitest";
import { TextJoiner } from "./text-joiner.js";

/** `count` pieces, multi-byte and astral characters among them. */
const piecesOf = (count: number) =>
  Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `é${i}🚀` : String(i % 10)));

describe("TextJoiner", () => {
  it.each([0, 1, 2, 127, 128, 129, 255, 256, 257, 512, 1000])("joins %i pieces in order", (count) => {
    const pieces = piecesOf(count);
    const joiner = new TextJoiner();
    for (const piece of pieces) joiner.add(piece);
    expect(joiner.length).toBe(pieces.join("").length);
    expect(joiner.toString()).toBe(pieces.join(""));
  });

  it("can be read while it grows", () => {
    const joiner = new TextJoiner();
    joiner.add("a");
    expect(String(joiner)).toBe("a");
    joiner.add("b");
    expect(String(joiner)).toBe("ab");
  });

  it.each([0, 1, 128, 300])("takes %i pieces and is empty after", (count) => {
    const pieces = piecesOf(count);
    const joiner = new TextJoiner();
    for (const piece of pieces) joiner.add(piece);
    expect(joiner.take()).toBe(pieces.join(""));
    expect(joiner.length).toBe(0);
    expect(joiner.take()).toBe("");
  });

  it("empties on clear", () => {
    const joiner = new TextJoiner();
    for (let i = 0; i < 300; i++) joiner.add("x");
    joiner.clear();
    expect(joiner.length).toBe(0);
    joiner.add("y");
    expect(joiner.take()).toBe("y");
  });
});
