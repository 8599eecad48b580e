import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./processes.ts";
import type { PublicPackage } from "./workspace-clone.ts";

const FIXTURES = join(import.meta.dirname, "consumer");

/**
 * Makes `dir` (outside the workspace) a fresh npm project of a user: its .npmrc takes `@atoma-ts/*` from
 * the local registry and everything else from the default one; it installs the published versions and
 * the other packages a user adds (`typescript@…`, `ai@…`), and holds the consumer scripts. Returns npm's
 * summary line.
 */
export async function createConsumerProject(
  dir: string,
  registryUrl: string,
  packages: PublicPackage[],
  otherSpecs: string[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "atoma-release-consumer", private: true, type: "module" }, null, 2),
  );
  writeFileSync(join(dir, ".npmrc"), `@atoma-ts:registry=${registryUrl}\n`);
  cpSync(FIXTURES, dir, { recursive: true });
  const specs = [...packages.map((pkg) => `${pkg.name}@${pkg.version}`), ...otherSpecs];
  const output = await run("npm", ["install", "--no-audit", "--no-fund", ...specs], {
    cwd: dir,
    env,
    timeoutMs: 240_000,
  });
  return output.match(/added \d+ packages?.*/)?.[0] ?? "installed";
}
