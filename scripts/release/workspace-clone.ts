import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./processes.ts";

/** A public package of the workspace, as its package.json says now. */
export interface PublicPackage {
  name: string;
  /** Its folder under `packages/`. */
  folder: string;
  version: string;
  /** Its `@atoma-ts/*` runtime dependencies. */
  internalDependencies: string[];
}

/**
 * Clones `ref` of the git repository `source` into `dir` and installs it from the pnpm store. A clone
 * rather than a worktree: `changeset publish` tags the release, and those tags must stay in the clone.
 * Returns the commit.
 */
export async function cloneWorkspace(
  source: string,
  ref: string,
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const commit = (
    await run("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd: source, env })
  ).trim();
  await run("git", ["clone", "--quiet", "--no-checkout", source, dir], { cwd: source, env });
  await run("git", ["checkout", "--quiet", "--detach", commit], { cwd: dir, env });
  await run("pnpm", ["install", "--frozen-lockfile", "--offline"], { cwd: dir, env, timeoutMs: 240_000 });
  return commit;
}

/** The non-private packages under `packages/`, in folder order. */
export function publicPackages(repo: string): PublicPackage[] {
  const packages: PublicPackage[] = [];
  for (const folder of readdirSync(join(repo, "packages")).sort()) {
    const file = join(repo, "packages", folder, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    if (pkg.private) continue;
    const internalDependencies = Object.keys(pkg.dependencies ?? {}).filter((name) =>
      name.startsWith("@atoma-ts/"),
    );
    packages.push({ name: pkg.name, folder, version: pkg.version, internalDependencies });
  }
  return packages;
}
