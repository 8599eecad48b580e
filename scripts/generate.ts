import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { banner, formatTypeScript } from "./lib/format.ts";
import { loadSpec, SPEC_PATH } from "./lib/spec.ts";
import { generateOperations } from "./generate-operations.ts";
import { generateTypes } from "./generate-types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where the generated files go; tests point these at a temporary folder. */
export interface GenerateOptions {
  specPath?: string;
  typesFile?: string;
  operationsFile?: string;
}

/** Regenerates every generated file from the spec; returns the paths written. */
export async function generate({
  specPath = SPEC_PATH,
  typesFile = join(ROOT, "packages/types/src/generated/atoma.ts"),
  operationsFile = join(ROOT, "packages/client/src/generated/operations.ts"),
}: GenerateOptions = {}): Promise<string[]> {
  const header = banner(relative(ROOT, specPath).split("\\").join("/"));
  const outputs: [string, string][] = [
    [typesFile, await generateTypes(specPath)],
    [operationsFile, generateOperations(loadSpec(specPath))],
  ];
  for (const [file, source] of outputs) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await formatTypeScript(header + "\n" + source));
  }
  return outputs.map(([file]) => file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const written = await generate();
  const ms = Math.round(performance.now() - started);
  console.log(`generated ${written.map((file) => relative(ROOT, file)).join(", ")} in ${ms} ms`);
}
