import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

// Resolved from the repository, not from the output path, so that output written elsewhere (tests)
// is formatted the same.
const CONFIG_ANCHOR = fileURLToPath(new URL("../../package.json", import.meta.url));

/** The first line of every generated file. */
export function banner(specPath: string): string {
  return `// Generated from ${specPath} by scripts/generate.ts. Do not edit: change the spec and run \`pnpm generate\`.\n`;
}

/** Formats generated TypeScript with the repository's prettier config. */
export async function formatTypeScript(source: string): Promise<string> {
  const config = await resolveConfig(CONFIG_ANCHOR);
  return format(source, { ...config, parser: "typescript" });
}

/** Formats generated JSON with the repository's prettier config. */
export async function formatJson(value: unknown): Promise<string> {
  const config = await resolveConfig(CONFIG_ANCHOR);
  return format(JSON.stringify(value), { ...config, parser: "json" });
}
