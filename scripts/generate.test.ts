import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "./generate.ts";
import { SPEC_PATH } from "./lib/spec.ts";

const workdir = mkdtempSync(join(tmpdir(), "atoma-generate-"));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const REPO_TYPES = new URL("../packages/types/src/generated/atoma.ts", import.meta.url);
const REPO_OPERATIONS = new URL("../packages/client/src/generated/operations.ts", import.meta.url);

async function generateInto(dir: string, specPath = SPEC_PATH) {
  const typesFile = join(dir, "types/atoma.ts");
  const operationsFile = join(dir, "client/operations.ts");
  await generate({ specPath, typesFile, operationsFile });
  return {
    types: readFileSync(typesFile, "utf8"),
    operations: readFileSync(operationsFile, "utf8"),
    typesFile,
  };
}

/** Type errors of a consumer file compiled against generated types. */
function compileErrors(consumerFile: string): string[] {
  const program = ts.createProgram([consumerFile], { strict: true, noEmit: true, skipLibCheck: true });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("pnpm generate", () => {
  it("is byte-identical from run to run, and the committed files are up to date", async () => {
    const first = await generateInto(join(workdir, "first"));
    const second = await generateInto(join(workdir, "second"));
    expect(second.types).toBe(first.types);
    expect(second.operations).toBe(first.operations);
    // The committed output differs only in the banner's spec path.
    const banner = (text: string) => text.slice(text.indexOf("\n"));
    expect(banner(first.types)).toBe(banner(readFileSync(REPO_TYPES, "utf8")));
    expect(banner(first.operations)).toBe(banner(readFileSync(REPO_OPERATIONS, "utf8")));
  });

  it("starts every file with a banner naming the spec and forbidding edits", async () => {
    const { types, operations } = await generateInto(join(workdir, "banner"));
    for (const text of [types, operations]) expect(text.split("\n")[0]).toMatch(/atoma\.yaml.*Do not edit/);
  });

  it("carries a spec edit through to the types, breaking a consumer of a removed field", async () => {
    const original = readFileSync(SPEC_PATH, "utf8");
    const edited = original.replace(
      /\n {8}seed:\n(?: {10}.*\n)+/,
      "\n", // drop `seed` from the chat request fields
    );
    expect(edited).not.toBe(original);
    const editedSpec = join(workdir, "edited.yaml");
    writeFileSync(editedSpec, edited);

    const before = await generateInto(join(workdir, "before"));
    const after = await generateInto(join(workdir, "after"), editedSpec);
    expect(after.types).not.toBe(before.types);

    const consumer = (typesFile: string) => {
      const file = join(typesFile, "../consumer.ts");
      writeFileSync(
        file,
        [
          `import type { CreateChatCompletionRequest } from "./atoma";`,
          `const request: CreateChatCompletionRequest = { model: "m", messages: [], seed: 123 };`,
          `export const seed: number | null | undefined = request.seed;`,
        ].join("\n"),
      );
      return file;
    };
    expect(compileErrors(consumer(before.typesFile))).toEqual([]);
    expect(compileErrors(consumer(after.typesFile)).join("\n")).toMatch(/'seed'/);
  });
});
