import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const FIXTURE = fileURLToPath(new URL("../fixtures/ai-7/", import.meta.url));

interface Outcome {
  text: string;
  atoma: unknown;
  pieces: string[];
  streamedUsage: { inputTokens: number; outputTokens: number };
  streamedAtoma: unknown;
}

/**
 * ai 7 needs Node ≥ 22 and is ESM only, so the fixture (ai 7 installed beside the ai 6 of these tests)
 * runs the built package under Node 22 from npm, as a program; it prints what it got.
 */
it("works under ai 7 (Node 22): generateText and streamText in plain, confidential and verify mode", async () => {
  const { stdout } = await promisify(execFile)("npx", ["-y", "-p", "node@22", "--", "node", "run.mjs"], {
    cwd: FIXTURE,
    timeout: 120_000,
  });
  const { node, signer, results } = JSON.parse(stdout) as {
    node: string;
    signer: string;
    results: Record<string, Outcome>;
  };
  expect(Number(node.split(".")[0])).toBeGreaterThanOrEqual(22);
  expect(Object.keys(results)).toEqual(["plain", "confidential", "verify"]);
  for (const [mode, { text, atoma, pieces, streamedUsage, streamedAtoma }] of Object.entries(results)) {
    expect(text.length).toBeGreaterThan(0);
    expect(pieces.join("")).toBe(text);
    expect(streamedUsage.outputTokens).toBe(pieces.length);
    const checked = mode !== "plain";
    expect(atoma).toEqual(checked ? { signer, responseHash: expect.any(String) } : {});
    expect(streamedAtoma).toEqual(
      checked ? { signer, responseHash: expect.any(String), verifiedChunks: expect.any(Number) } : {},
    );
  }
}, 150_000);
