#!/usr/bin/env node
// The package's bin is this committed file, not dist/cli.js: a workspace links bins at install, before
// anything is built, and a missing target makes pnpm warn for every package that depends on this one.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("atoma-mock-server: the package is not built (no dist/cli.js); run `pnpm build` first");
  process.exit(1);
}
await import(cli.href);
