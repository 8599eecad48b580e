/**
 * Cold import time: a fresh `node` process importing a package and nothing else, minus a fresh `node`
 * process doing nothing. Runs are interleaved so a slow patch of the machine hits every row; the
 * table shows the median of RUNS runs.
 *
 * Run: pnpm --filter @atoma-ts/types --filter @atoma-ts/client build && pnpm exec tsx bench/client-import.ts
 * (RUNS=21 by default)
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./lib/stats.ts";

const RUNS = Number(process.env.RUNS ?? 21);
const root = fileURLToPath(new URL("..", import.meta.url));
const client = pathToFileURL(`${root}packages/client/dist/index.js`).href;

const rows: [string, string][] = [
  ["node (baseline)", ""],
  ["@atoma-ts/client", `await import(${JSON.stringify(client)})`],
  [
    "openapi-fetch alone",
    `await import(${JSON.stringify(pathToFileURL(`${root}packages/client/node_modules/openapi-fetch/dist/index.mjs`).href)})`,
  ],
  ["openai", `await import("openai")`],
];

function time(source: string): number {
  const started = performance.now();
  const { status, stderr } = spawnSync(process.execPath, ["--input-type=module", "-e", source], {
    cwd: root,
  });
  const ms = performance.now() - started;
  if (status !== 0) throw new Error(`${source} failed: ${stderr}`);
  return ms;
}

const times = new Map<string, number[]>(rows.map(([name]) => [name, []]));
for (const [, source] of rows) time(source); // warm the file system cache
for (let run = 0; run < RUNS; run++) {
  for (let k = 0; k < rows.length; k++) {
    const [name, source] = rows[(k + run) % rows.length]!;
    times.get(name)!.push(time(source));
  }
}

const baseline = median(times.get("node (baseline)")!);
console.log(
  `median of ${RUNS} fresh processes (node ${process.version}, load ${loadavg()[0]!.toFixed(2)})\n`,
);
console.log("| import | process ms | import ms (minus baseline) |");
console.log("| --- | ---: | ---: |");
for (const [name, values] of times) {
  const ms = median(values);
  console.log(
    `| ${name} | ${ms.toFixed(1)} | ${name.startsWith("node") ? "—" : (ms - baseline).toFixed(1)} |`,
  );
}
