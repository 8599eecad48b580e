import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./processes.ts";

/** A JavaScript runtime the smoke script runs on: its binary, or why there is none. */
export interface Runtime {
  name: string;
  /** The binary, when installed and working. */
  binary?: string;
  version?: string;
  /** Why it is not available. */
  problem?: string;
  /** The arguments that run a script file with `args`. */
  argsFor(script: string, args: string[]): string[];
}

interface RuntimePackage {
  name: string;
  /** What `npm install` gets. */
  spec: string;
  /** Where the binary may be, relative to the install folder: the postinstall that moves it may not have run. */
  candidates(modules: string): string[];
  argsFor(script: string, args: string[]): string[];
}

const plain = (script: string, args: string[]) => [script, ...args];

const PACKAGES: RuntimePackage[] = [
  {
    name: "Node 22",
    spec: "node@22",
    // node@22's preinstall copies node-<os>-<arch>'s binary into bin/ (or the tarball already has it).
    candidates: (modules) => [join(modules, "node/bin/node"), ...inScope(modules, "", /^node-/, "bin/node")],
    argsFor: plain,
  },
  {
    name: "Bun",
    spec: "bun",
    // bun's postinstall moves @oven/bun-<os>-<arch>[-baseline]'s binary to bin/bun.exe.
    candidates: (modules) => [
      join(modules, "bun/bin/bun.exe"),
      ...inScope(modules, "@oven", /^bun-/, "bin/bun"),
    ],
    argsFor: plain,
  },
  {
    name: "Deno",
    spec: "deno",
    // deno's postinstall links @deno/<os>-<arch>[-glibc]'s binary to ./deno.
    candidates: (modules) => [join(modules, "deno/deno"), ...inScope(modules, "@deno", /./, "deno")],
    argsFor: (script, args) => ["run", "--allow-all", script, ...args],
  },
];

/** The Node running this script: Node 20 in CI. */
export function currentNode(): Runtime {
  return {
    name: `Node ${process.versions.node.split(".")[0]}`,
    binary: process.execPath,
    version: process.versions.node,
    argsFor: plain,
  };
}

/**
 * Installs Node 22, Bun and Deno from npm into `dir` (one folder each, in parallel) and finds their
 * binaries. A runtime that cannot be installed is returned with its `problem`, never dropped.
 */
export async function installRuntimes(dir: string, env: NodeJS.ProcessEnv): Promise<Runtime[]> {
  return Promise.all(PACKAGES.map((pkg) => installRuntime(pkg, join(dir, pkg.spec.replace(/@.*/, "")), env)));
}

async function installRuntime(pkg: RuntimePackage, dir: string, env: NodeJS.ProcessEnv): Promise<Runtime> {
  const runtime: Runtime = { name: pkg.name, argsFor: pkg.argsFor };
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
    await run("npm", ["install", "--no-audit", "--no-fund", pkg.spec], { cwd: dir, env, timeoutMs: 240_000 });
  } catch (error) {
    return { ...runtime, problem: `npm install ${pkg.spec} failed: ${firstLine(error)}` };
  }
  const tried: string[] = [];
  for (const binary of pkg.candidates(join(dir, "node_modules")).filter((file) => existsSync(file))) {
    try {
      const output = await run(binary, ["--version"], { cwd: dir, env, timeoutMs: 30_000 });
      return { ...runtime, binary, version: output.match(/\d+\.\d+\.\d+/)?.[0] ?? output.trim() };
    } catch (error) {
      tried.push(`${binary}: ${firstLine(error)}`);
    }
  }
  return { ...runtime, problem: `no working binary in ${pkg.spec} (${tried.join("; ") || "none found"})` };
}

/** `<modules>/<scope>/<name matching>/<file>` for every installed package of a scope. */
function inScope(modules: string, scope: string, name: RegExp, file: string): string[] {
  const folder = join(modules, scope);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((entry) => name.test(entry))
    .map((entry) => join(folder, entry, file));
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0]!;
}
