import { describe, expect, it } from "vitest";
import { FragmentBuffer } from "./fragment-buffer.js";

describe("FragmentBuffer", () => {
  it.each([0, 1, 2, 31, 32, 33, 255, 256, 257, 287, 288, 289, 512, 1000])(
    "joins %i pieces in order",
    (count) => {
      const buffer = new FragmentBuffer();
      const pieces = Array.from({ length: count }, (_, i) => String(i % 10));
      for (const piece of pieces) buffer.push(piece);
      expect(buffer.length).toBe(count);
      expect(buffer.take()).toBe(pieces.join(""));
      expect(buffer.length).toBe(0);
      expect(buffer.take()).toBe("");
    },
  );

  it("empties on clear", () => {
    const buffer = new FragmentBuffer();
    for (let i = 0; i < 300; i++) buffer.push("x");
    buffer.clear();
    buffer.push("y");
    expect(buffer.take()).toBe("y");
  });
});
