import { describe, expect, it } from "vitest";
import { generateOperations } from "./generate-operations.ts";
import { describeOperations } from "./lib/operation-entry.ts";
import { loadSpec } from "./lib/spec.ts";

const entries = describeOperations(loadSpec());
const source = generateOperations(entries);
/** The runtime line of one operation in the emitted table. */
const lineOf = (operationId: string) => source.split("\n").find((line) => line.includes(`${operationId}: {`));

describe("the client's operation table", () => {
  it("keys every operation by operationId", () => {
    for (const entry of entries) expect(lineOf(entry.operationId)).toBeDefined();
  });

  it.each([
    ["health", true],
    ["nodes_create", true],
    ["chat_completions_create", false],
    ["nodes_create_lock", false],
  ])("marks %s public: %s, and only the public ones", (operationId, isPublic) => {
    expect(lineOf(operationId)?.includes("public: true")).toBe(isPublic);
  });

  it("carries no streaming flag: the chunk type says it, and the client reads none", () => {
    expect(source).not.toMatch(/streams/);
    expect(source).toContain(`chunk: components["schemas"]["ChatCompletionChunk"];`);
  });
});
