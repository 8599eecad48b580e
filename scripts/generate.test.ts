import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generate, GENERATED_FILES } from "./generate.ts";
import { SPEC_PATH } from "./lib/spec.ts";

const workdir = mkdtempSync(join(tmpdir(), "atoma-generate-"));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const REPO = fileURLToPath(new URL("..", import.meta.url));
const FILES = Object.values(GENERATED_FILES);
const read = (dir: string) => FILES.map((file) => readFileSync(join(dir, file), "utf8"));

async function generateInto(outDir: string, specPath = SPEC_PATH) {
  await generate({ specPath, outDir });
  return { outputs: read(outDir), typesFile: join(outDir, GENERATED_FILES.types) };
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
    expect(second.outputs).toEqual(first.outputs);
    expect(first.outputs).toEqual(read(REPO));
  });

  it("starts every file with a banner naming the spec and forbidding edits", async () => {
    const { outputs } = await generateInto(join(workdir, "banner"));
    for (const text of outputs) expect(text.split("\n")[0]).toMatch(/openapi\/atoma\.yaml.*Do not edit/);
  });

  it("carries a spec edit through to the types, breaking a consumer of a removed field", async () => {
    const original = readFileSync(SPEC_PATH, "utf8");
    // drop `seed` from the chat request fields
    const edited = original.replace(/\n {8}seed:\n(?: {10}.*\n)+/, "\n");
    expect(edited).not.toBe(original);
    const editedSpec = join(workdir, "edited.yaml");
    writeFileSync(editedSpec, edited);

    const before = await generateInto(join(workdir, "before"));
    const after = await generateInto(join(workdir, "after"), editedSpec);
    expect(after.outputs[0]).not.toBe(before.outputs[0]);

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
