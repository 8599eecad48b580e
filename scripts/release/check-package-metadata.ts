/**
 * Checks what publint and attw do not: the release conventions every public package shares (license
 * file, engines, repository folder, publish access, the common scripts, `workspace:^` internal ranges).
 * Exits non-zero with one line per problem.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { binsOf } from "./package-bins.ts";

const ROOT = join(import.meta.dirname, "../..");
const SHIPPED_FILES = ["dist", "README.md", "LICENSE"];
const SCRIPTS = ["build", "typecheck", "test", "lint"];

interface PackageJson {
  name: string;
  private?: boolean;
  [field: string]: any;
}

/** The problems of one package folder, as sentences naming the field. */
function packageProblems(dir: string, folder: string, rootLicense: string): string[] {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
  const problems: string[] = [];
  const expect = (ok: unknown, problem: string) => ok || problems.push(problem);

  expect(pkg.license === "Apache-2.0", `license is ${pkg.license}, not Apache-2.0`);
  expect(
    readIfExists(join(dir, "LICENSE")) === rootLicense,
    "LICENSE is missing or differs from the root LICENSE",
  );
  expect(existsSync(join(dir, "README.md")), "README.md is missing");
  expect(pkg.description, "description is missing");
  expect(pkg.keywords?.length, "keywords are missing");
  expect(pkg.sideEffects === false, "sideEffects is not false");
  expect(pkg.engines?.node === ">=20", "engines.node is not >=20");
  expect(pkg.publishConfig?.access === "public", "publishConfig.access is not public");
  expect(
    pkg.repository?.directory === `packages/${folder}`,
    `repository.directory is not packages/${folder}`,
  );
  // A bin is a committed file under bin/: a workspace links bins at install, before dist/ is built.
  const bins = binsOf(pkg.bin);
  for (const bin of bins) {
    expect(
      bin.startsWith("./bin/") && existsSync(join(dir, bin)),
      `bin ${bin} is not a committed file under ./bin/`,
    );
  }
  const shipped = bins.length > 0 ? ["bin", ...SHIPPED_FILES] : SHIPPED_FILES;
  expect(
    JSON.stringify(pkg.files) === JSON.stringify(shipped),
    `files is ${JSON.stringify(pkg.files)}, not ${JSON.stringify(shipped)}`,
  );
  for (const script of SCRIPTS) expect(pkg.scripts?.[script], `scripts.${script} is missing`);
  expect(
    Boolean(pkg.scripts?.size) === existsSync(join(dir, ".size-limit.json")),
    "scripts.size and .size-limit.json go together",
  );
  // Publishing rewrites workspace:^ to ^<version>; any other internal range would go out as written.
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries<string>(pkg[field] ?? {})) {
      if (name.startsWith("@atoma-ts/"))
        expect(range === "workspace:^", `${field}.${name} is ${range}, not workspace:^`);
    }
  }
  return problems;
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

function main(): void {
  const rootLicense = readFileSync(join(ROOT, "LICENSE"), "utf8");
  let failed = 0;
  for (const folder of readdirSync(join(ROOT, "packages")).sort()) {
    const dir = join(ROOT, "packages", folder);
    if (!existsSync(join(dir, "package.json"))) continue;
    const { name, private: isPrivate } = JSON.parse(
      readFileSync(join(dir, "package.json"), "utf8"),
    ) as PackageJson;
    if (isPrivate) continue;
    const problems = packageProblems(dir, folder, rootLicense);
    failed += problems.length;
    console.log(
      problems.length === 0
        ? `ok   ${name}`
        : `FAIL ${name}\n${problems.map((p) => `     - ${p}`).join("\n")}`,
    );
  }
  if (failed > 0) process.exit(1);
}

main();
