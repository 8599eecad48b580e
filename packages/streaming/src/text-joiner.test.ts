import { describe, expect, it } from "vitest";
import { TextJoiner } from "./text-joiner.js";

describe("TextJoiner", () => {
  it.each([0, 1, 127, 128, 129, 1000])("joins %i pieces in order", (count) => {
    const pieces = Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `é${i}🚀` : String(i)));
    const joiner = new TextJoiner();
    for (const piece of pieces) joiner.add(piece);
    expect(joiner.toString()).toBe(pieces.join(""));
    expect(joiner.length).toBe(pieces.join("").length);
  });

  it("can be read while it grows", () => {
    const joiner = new TextJoiner();
    joiner.add("a");
    expect(String(joiner)).toBe("a");
    joiner.add("b");
    expect(String(joiner)).toBe("ab");
  });
});
