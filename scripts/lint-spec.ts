// `pnpm lint:spec`: Redocly's lint of the spec, without the boxed Node 20 deprecation notice that its CLI
// prints on every run under Node 20 (unconditionally: no option or variable turns it off), which would
// bury the result. Everything else Redocly prints is passed on, and its exit code kept.
import { spawnSync } from "node:child_process";

/** The lines of Redocly's notice box: its frame characters start every one of them. */
const NOTICE_LINE = /^\s*[╔║╚]/;

const result = spawnSync("redocly", ["lint", "openapi/atoma.yaml", ...process.argv.slice(2)], {
  encoding: "utf8",
  shell: process.platform === "win32",
});
if (result.error) {
  console.error(`lint:spec: could not run redocly (${result.error.message}); run \`pnpm install\` first`);
  process.exit(1);
}
const quiet = (text: string) =>
  text
    .split("\n")
    .filter((line) => !NOTICE_LINE.test(line))
    .join("\n")
    .replace(/^\n+/, "");
process.stdout.write(quiet(result.stdout));
process.stderr.write(quiet(result.stderr));
process.exit(result.status ?? 1);
