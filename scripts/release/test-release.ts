/**
 * `pnpm test:release`: publishes every package through the real changesets flow to a local registry,
 * then installs them into a fresh project and uses them as a user would, on Node 20, Node 22, Bun and
 * Deno. Nothing of the working tree is touched: the release happens in a clone of a commit.
 *
 *   pnpm test:release [--repo <git repository>] [--ref <commit>] [--keep]
 *
 * --repo, --ref  what to release (default: this repository's HEAD; commit first what you want tested)
 * --keep         leave the temporary folder for inspection (servers are stopped all the same)
 *
 * ATOMA_RELEASE_ALLOW_MISSING=bun,deno lets the run pass when those runtimes cannot be installed
 * (they are still reported); a runtime that is installed and fails always fails the run. Node 22 is
 * never optional: verdaccio and changesets need it.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { writeChangeset, versionPackages, release } from "./changesets-flow.ts";
import { checkPublished } from "./check-published.ts";
import { createCleanup } from "./cleanup.ts";
import {
  checkCliServer,
  checkModuleConsumer,
  checkRuntime,
  checkTypesConsumer,
  startCliServer,
} from "./consumer-checks.ts";
import { createConsumerProject } from "./consumer-project.ts";
import { startLocalRegistry, type LocalRegistry } from "./local-registry.ts";
import { outsideEnv } from "./processes.ts";
import { createReport, table, type Report } from "./report.ts";
import { currentNode, installRuntimes, type Runtime } from "./runtimes.ts";
import { cloneWorkspace, publicPackages, type PublicPackage } from "./workspace-clone.ts";

const ROOT = realpathSync(join(import.meta.dirname, "../.."));
const versionIn = (folder: string): string =>
  JSON.parse(readFileSync(join(ROOT, folder, "package.json"), "utf8")).version;
/** What a user installs beside our packages, at the versions the workspace tests with. */
const OTHER_SPECS = [
  `typescript@${versionIn("node_modules/typescript")}`,
  `ai@${versionIn("packages/ai-sdk/node_modules/ai")}`,
];

const { values: args } = parseArgs({
  options: {
    repo: { type: "string", default: ROOT },
    ref: { type: "string", default: "HEAD" },
    keep: { type: "boolean", default: false },
  },
});
const allowedMissing = new Set(
  (process.env.ATOMA_RELEASE_ALLOW_MISSING ?? "").split(",").map((name) => name.trim()),
);

async function main(): Promise<void> {
  const started = Date.now();
  const temp = mkdtempSync(join(realpathSync(tmpdir()), "atoma-release-"));
  const cleanup = createCleanup();
  cleanup.add(
    args.keep ? `kept ${temp}` : `removed ${temp}`,
    () => args.keep || rmSync(temp, { recursive: true, force: true }),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup.run().then(() => process.exit(130)));
  }
  const report = createReport();
  console.log(`test:release of ${args.repo} at ${args.ref}, in ${temp}\n`);

  const runtimes: Runtime[] = [];
  try {
    await publishAndUse(report, temp, runtimes, cleanup.add);
  } catch {
    // A required step failed; it is in the report.
  } finally {
    const done = await cleanup.run();
    console.log(`\ncleanup: ${done.join("; ")}`);
  }
  summarize(report, runtimes, Date.now() - started);
}

type AddCleanup = (what: string, action: () => unknown) => void;

/** The run's steps; `runtimes` gets the runtimes it tried, for the summary. */
async function publishAndUse(
  report: Report,
  temp: string,
  runtimes: Runtime[],
  addCleanup: AddCleanup,
): Promise<void> {
  const env = outsideEnv(ROOT, {
    // changeset publish tags the clone with annotated tags, which need an identity on any machine.
    GIT_AUTHOR_NAME: "atoma-ts release test",
    GIT_AUTHOR_EMAIL: "release-test@example.invalid",
    GIT_COMMITTER_NAME: "atoma-ts release test",
    GIT_COMMITTER_EMAIL: "release-test@example.invalid",
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    // The runtimes' caches go in the temporary folder too.
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: join(temp, "bun-cache"),
    DENO_DIR: join(temp, "deno-cache"),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  });
  const repo = join(temp, "repo");
  const project = join(temp, "consumer");
  mkdirSync(project);

  // The downloads of the runtimes and the clone's install are independent: run them together.
  const installing = installRuntimes(join(temp, "tools"), env);
  const cloning = cloneWorkspace(realpathSync(args.repo), args.ref, repo, env);
  cloning.catch(() => {}); // awaited below; this only stops an early failure from going unhandled

  let node22: Runtime | undefined;
  await report.step(
    "runtimes: npm install node@22, bun, deno",
    async () => {
      runtimes.push(currentNode(), ...(await installing));
      node22 = runtimes.find((runtime) => runtime.name === "Node 22");
      if (!node22?.binary) throw new Error(`Node 22 is required (verdaccio, changesets): ${node22?.problem}`);
      return runtimes.map((runtime) => `${runtime.name}: ${runtime.version ?? runtime.problem}`);
    },
    { required: true },
  );

  let registry: LocalRegistry | undefined;
  await report.step(
    "registry: verdaccio on loopback, a user registered through its API",
    async () => {
      const withNode22 = { ...env, PATH: `${dirname(node22!.binary!)}${delimiter}${env.PATH}` };
      registry = await startLocalRegistry(ROOT, join(temp, "registry"), withNode22);
      addCleanup("stopped verdaccio", registry.stop);
      return `${registry.url} (token ${registry.token.length} characters)`;
    },
    { required: true },
  );

  let packages: PublicPackage[] = [];
  await report.step(
    "workspace: git clone, pnpm install --frozen-lockfile --offline (alongside the runtimes' install)",
    async () => {
      const commit = await cloning;
      packages = publicPackages(repo);
      return `${commit.slice(0, 12)} in ${repo}: ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(", ")}`;
    },
    { required: true },
  );

  await report.step(
    "changeset: a minor bump of every package, then pnpm version-packages",
    async () => {
      writeChangeset(repo, packages);
      const before = packages;
      packages = await versionPackages(repo, before, env);
      return packages.map(
        (pkg, i) => `${pkg.name} ${before[i]!.version} → ${pkg.version}, CHANGELOG.md written`,
      );
    },
    { required: true },
  );

  await report.step(
    "pnpm release: build, changeset publish to the local registry",
    () => release(repo, registry!.url, registry!.token, env),
    { required: true },
  );

  // Not required: the consumers can still show what a faulty tarball breaks.
  await report.step("registry: dist-tags, dependency ranges and tarball contents as served", () =>
    checkPublished(registry!.url, packages, temp),
  );

  await report.step(
    "consumer: a fresh npm project outside the workspace, npm install from the local registry",
    async () =>
      `${project}: ${await createConsumerProject(project, registry!.url, packages, OTHER_SPECS, env)}`,
    { required: true },
  );

  await report.step("ESM consumer: node esm-consumer.mjs", () =>
    checkModuleConsumer(project, "esm-consumer.mjs", "index.js", env),
  );
  await report.step("CommonJS consumer: node cjs-consumer.cjs", () =>
    checkModuleConsumer(project, "cjs-consumer.cjs", "index.cjs", env),
  );
  for (const resolution of ["node16", "bundler"] as const) {
    await report.step(`TypeScript consumer: moduleResolution ${resolution}`, () =>
      checkTypesConsumer(project, resolution, env),
    );
  }

  let mockUrl: string | undefined;
  await report.step("CLI: npx @atoma-ts/mock-server --port 0", async () => {
    const server = await startCliServer(project, env);
    addCleanup("stopped atoma-mock-server", server.stop);
    mockUrl = server.url;
    return [server.line, await checkCliServer(server.url)];
  });

  for (const runtime of runtimes) {
    const name = `runtime ${runtime.name}: smoke.mjs against the CLI's mock server`;
    if (!runtime.binary) {
      const allowed = allowedMissing.has(runtime.name.toLowerCase().replace(/\s/g, ""));
      report.record(
        name,
        allowed,
        `unavailable${allowed ? " (allowed by ATOMA_RELEASE_ALLOW_MISSING)" : ""}: ${runtime.problem}`,
      );
      continue;
    }
    await report.step(name, async () => {
      if (!mockUrl) throw new Error("no mock server: the CLI check failed");
      return checkRuntime(runtime, project, mockUrl, env);
    });
  }
}

function summarize(report: Report, runtimes: Runtime[], ms: number): void {
  const results = report.results();
  const rows = [["runtime", "version", "result"]];
  for (const runtime of runtimes) {
    const step = results.find((result) => result.name.startsWith(`runtime ${runtime.name}:`));
    const result = !runtime.binary
      ? `unavailable: ${runtime.problem}`
      : !step
        ? "not run"
        : step.ok
          ? "pass"
          : "FAIL";
    rows.push([runtime.name, runtime.version ?? "-", result]);
  }
  console.log(`\nruntimes\n${table(rows)}`);
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) console.log(`\nfailed: ${failed.map((step) => step.name).join("; ")}`);
  console.log(`took ${Math.round(ms / 1000)} s`);
  console.log(`release: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
