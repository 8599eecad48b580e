// Proves that a package's `lint` script (publint + attw, run by `pnpm lint:packages`) fails on a broken
// `exports` map: it runs the script on a copy of the built @atoma-ts/types with the map sabotaged.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SOURCE = join(ROOT, "packages/types");

type Exports = Record<"import" | "require", Record<"types" | "default", string>>;

const rows: { given: string; sabotage: (exports: Exports) => void; want: RegExp | null }[] = [
  { given: "the exports map as built", sabotage: () => {}, want: null },
  {
    given: "`import` pointing at a missing file",
    sabotage: (exports) => (exports.import.default = "./dist/missing.js"),
    want: /missing\.js.*does not exist/i,
  },
  {
    given: "ESM declarations for `require`",
    sabotage: (exports) => (exports.require.types = "./dist/index.d.ts"),
    want: /Masquerading as ESM|interpreted as ESM/i, // attw or publint, whichever speaks first
  },
];

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the built package (what `files` ships) with its `exports["."]` sabotaged. */
function sabotagedCopy(sabotage: (exports: Exports) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "atoma-lint-"));
  copies.push(dir);
  for (const file of ["package.json", "README.md", "LICENSE", "dist"]) {
    cpSync(join(SOURCE, file), join(dir, file), { recursive: true });
  }
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  sabotage(pkg.exports["."]);
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  return dir;
}

describe("a package's lint script", () => {
  it.each(rows)("given $given", { timeout: 60_000 }, ({ sabotage, want }) => {
    const dir = sabotagedCopy(sabotage);
    const script = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts.lint;
    const result = spawnSync("sh", ["-c", script], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${join(ROOT, "node_modules/.bin")}${delimiter}${process.env.PATH}` },
    });
    const output = result.stdout + result.stderr;
    if (want === null) expect(result.status, output).toBe(0);
    else {
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(want);
    }
  });
});
