import { describe, expect, it } from "vitest";
import { loadSpec } from "../scripts/lib/spec.ts";
import { loadUpstreamFacts, upstreamDifferences } from "./test-utils/upstream-differences.ts";
import { declaredDeviations } from "./test-utils/declared-deviations.ts";

const spec = loadSpec();
const upstream = loadUpstreamFacts();
const differences = upstreamDifferences(spec, upstream);

describe("the spec against atoma-proxy's own (openapi/sources/upstream-proxy.json)", () => {
  it("reads the facts of every upstream operation and schema", () => {
    expect(upstream.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(upstream.operations.length).toBeGreaterThanOrEqual(17);
    expect(Object.keys(upstream.schemas).length).toBeGreaterThanOrEqual(60);
  });

  it("differs from upstream only where an x-seed-deviation says why", () => {
    const unexplained = differences
      .filter((difference) => difference.deviations.length === 0)
      .map(({ where, problem }) => `${where}: ${problem}`);
    expect(unexplained).toEqual([]);
  });

  it("carries no x-seed-deviation off the pages that upstream does not need either", () => {
    const needed = new Set(differences.flatMap((difference) => difference.deviations));
    // Deviations from the seed pages sit on top-level properties; sources.test.ts checks those.
    const unneeded = declaredDeviations(spec)
      .filter((pointer) => !needed.has(pointer) && !isTopLevelProperty(pointer))
      .sort();
    expect(unneeded).toEqual([]);
  });
});

/** `#/components/schemas/X/properties/p` or `…/X/allOf/n/properties/p`: where page deviations sit. */
function isTopLevelProperty(pointer: string): boolean {
  return /^#\/components\/schemas\/[^/]+(\/allOf\/\d+)?\/properties\/[^/]+$/.test(pointer);
}
