import { describe, expect, it } from "vitest";
import { parseType } from "./seed-pages.ts";

describe("parseType", () => {
  it.each([
    ["number", { kind: "primitive", name: "numeric" }],
    ["OptionalNullable[int]", { kind: "primitive", name: "integer" }],
    ["Optional[Any]", { kind: "any" }],
    ["any[]", { kind: "array", items: { kind: "any" } }],
    ["List[str]", { kind: "array", items: { kind: "primitive", name: "string" } }],
    ["Dict[str, float]", { kind: "map", values: { kind: "primitive", name: "number" } }],
    ["Record<string, number>", { kind: "map", values: { kind: "primitive", name: "numeric" } }],
    [
      "components.ChatCompletionMessage[]",
      { kind: "array", items: { kind: "ref", name: "ChatCompletionMessage" } },
    ],
    ["OptionalNullable[models.StreamOptions]", { kind: "ref", name: "StreamOptions" }],
    [
      "List[models.ChatCompletionToolsParam]",
      { kind: "array", items: { kind: "ref", name: "ChatCompletionToolsParam" } },
    ],
  ])("reads %s", (given, want) => {
    expect(parseType(given)).toEqual(want);
  });

  it("refuses a notation it does not know", () => {
    expect(() => parseType("Tuple[int]")).toThrow(/unknown documented type/);
  });
});
