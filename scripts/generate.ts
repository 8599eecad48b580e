import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { banner, formatTypeScript } from "./lib/format.ts";
import { describeOperations } from "./lib/operation-entry.ts";
import { loadSpec, SPEC_PATH } from "./lib/spec.ts";
import { generateOperations } from "./generate-operations.ts";
import { generateServerSpec } from "./generate-server-spec.ts";
import { generateTypes } from "./generate-types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every generated file, relative to the repository (or to `outDir`). */
export const GENERATED_FILES = {
  types: "packages/types/src/generated/atoma.ts",
  clientOperations: "packages/client/src/generated/operations.ts",
  serverSpec: "packages/mock-server/src/generated/spec.ts",
} as const;

/** What to generate from, and where to; tests point these at a temporary folder. */
export interface GenerateOptions {
  specPath?: string;
  outDir?: string;
}

/** Regenerates every generated file from the spec; returns the paths written. */
export async function generate({ specPath = SPEC_PATH, outDir = ROOT }: GenerateOptions = {}): Promise<
  string[]
> {
  const header = banner(relative(ROOT, specPath).split("\\").join("/"));
  const spec = loadSpec(specPath);
  // Read once: the client's table and the server's spec are two views of the same entries.
  const entries = describeOperations(spec);
  const sources: Record<keyof typeof GENERATED_FILES, string> = {
    types: await generateTypes(specPath),
    clientOperations: generateOperations(entries),
    serverSpec: generateServerSpec(spec, entries),
  };
  const written: string[] = [];
  for (const [key, path] of Object.entries(GENERATED_FILES)) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await formatTypeScript(header + "\n" + sources[key as keyof typeof GENERATED_FILES]));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const written = await generate();
  const ms = Math.round(performance.now() - started);
  console.log(`generated ${written.map((file) => relative(ROOT, file)).join(", ")} in ${ms} ms`);
}
