import { describe, expect, it } from "vitest";
import { interleave } from "./interleave.js";

describe("interleave", () => {
  it.each([
    { given: [], want: [] },
    { given: [["a1", "a2"]], want: ["a1", "a2"] },
    {
      given: [
        ["a1", "a2"],
        ["b1", "b2"],
      ],
      want: ["a1", "b1", "a2", "b2"],
    },
    { given: [["a1", "a2", "a3"], ["b1"], []], want: ["a1", "b1", "a2", "a3"] },
  ])("$given → $want", ({ given, want }) => {
    expect(interleave(given)).toEqual(want);
  });
});
