import { describe, expect, it } from "vitest";
import { createLineSplitter } from "./line-splitter.js";
import { piecesOf } from "./test-utils/collect.js";

function splitLines(pieces: string[]): string[] {
  const lines: string[] = [];
  const splitter = createLineSplitter((text, start, end) => lines.push(text.slice(start, end)));
  for (const piece of pieces) splitter.push(piece);
  splitter.flush();
  return lines;
}

describe("createLineSplitter", () => {
  const rows: { given: string; want: string[] }[] = [
    { given: "", want: [] },
    { given: "a", want: ["a"] },
    { given: "a\nb\n", want: ["a", "b"] },
    { given: "a\rb\r", want: ["a", "b"] },
    { given: "a\r\nb\r\n", want: ["a", "b"] },
    { given: "a\n\rb", want: ["a", "", "b"] },
    { given: "\r\n\r\n", want: ["", ""] },
    { given: "\r\r\n\n", want: ["", "", ""] },
    { given: "a\r\n\rb\n\nc", want: ["a", "", "b", "", "c"] },
    { given: "🚀\r\né", want: ["🚀", "é"] },
  ];

  it.each(rows)("splits $given whole and in every piece size", ({ given, want }) => {
    for (let size = 1; size <= Math.max(given.length, 1); size++) {
      expect(splitLines(piecesOf(given, size))).toEqual(want);
    }
  });

  it("takes CR at the end of one piece and LF at the start of the next as one line end", () => {
    expect(splitLines(["a\r", "\nb\r", "", "\n", "c"])).toEqual(["a", "b", "c"]);
  });

  it("takes CR, then LF after an empty piece, as one line end", () => {
    expect(splitLines(["a\r", "", "\n"])).toEqual(["a"]);
  });

  it("joins a line split over many pieces", () => {
    const line = "x".repeat(10_000);
    expect(splitLines([...piecesOf(line, 1), "\n", ...piecesOf(line, 7)])).toEqual([line, line]);
  });

  it("reports the characters held back and drops them on reset", () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((text, start, end) => lines.push(text.slice(start, end)));
    splitter.push("a\nbc");
    splitter.push("d");
    expect(splitter.pendingLength).toBe(3);
    splitter.reset();
    expect(splitter.pendingLength).toBe(0);
    splitter.push("e\n");
    expect(lines).toEqual(["a", "e"]);
  });
});
