import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./processes.ts";
import { publicPackages, type PublicPackage } from "./workspace-clone.ts";

const SUMMARY = "Release test: a minor release of every package, published to a local registry.";

/** Writes a changeset with a minor bump of every package, as `pnpm changeset` would. */
export function writeChangeset(repo: string, packages: PublicPackage[]): void {
  const bumps = packages.map((pkg) => `"${pkg.name}": minor`).join("\n");
  writeFileSync(join(repo, ".changeset/release-test.md"), `---\n${bumps}\n---\n\n${SUMMARY}\n`);
}

/**
 * Runs `pnpm version-packages` and checks its work: every package one minor version up, with a
 * CHANGELOG.md holding the changeset. Returns the packages as they now are.
 */
export async function versionPackages(
  repo: string,
  before: PublicPackage[],
  env: NodeJS.ProcessEnv,
): Promise<PublicPackage[]> {
  await run("pnpm", ["version-packages"], { cwd: repo, env, timeoutMs: 240_000 });
  const after = publicPackages(repo);
  for (const pkg of before) {
    const bumped = after.find((candidate) => candidate.name === pkg.name);
    const want = nextMinor(pkg.version);
    if (bumped?.version !== want) throw new Error(`${pkg.name} is ${bumped?.version}, not ${want}`);
    const changelog = join(repo, "packages", pkg.folder, "CHANGELOG.md");
    if (!existsSync(changelog) || !readFileSync(changelog, "utf8").includes(SUMMARY)) {
      throw new Error(`${pkg.name}: CHANGELOG.md does not hold the changeset`);
    }
  }
  return after;
}

/**
 * Runs `pnpm release` (build, then `changeset publish`) against the local registry, and returns turbo's
 * task count and the list of what changesets published. The clone's .npmrc points the `@atoma-ts`
 * scope at the registry, with the token (everything else, Node 22 for changesets included, still comes
 * from the default registry); the clone and its .npmrc are deleted after the run.
 */
export async function release(
  repo: string,
  registryUrl: string,
  token: string,
  env: NodeJS.ProcessEnv,
): Promise<string[]> {
  const host = registryUrl.replace(/^https?:/, "");
  writeFileSync(join(repo, ".npmrc"), `@atoma-ts:registry=${registryUrl}\n${host}:_authToken=${token}\n`);
  const output = await run("pnpm", ["release"], { cwd: repo, env, timeoutMs: 300_000 });
  const lines = output
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "\n") // the spinner's frames, one line each
    .split("\n")
    .map((line) => line.replace(/^[\s│◇◆■▲●]+/, "").trim());
  const published = lines.findIndex((line) => line.startsWith("Successfully published"));
  return [
    ...lines.filter((line) => line.startsWith("Tasks:")),
    ...(published < 0
      ? []
      : lines.slice(published).filter((line) => /^Successfully|^@atoma-ts\//.test(line))),
  ];
}

function nextMinor(version: string): string {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor! + 1}.0`;
}
