import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { binsOf } from "./package-bins.ts";
import { run } from "./processes.ts";
import type { PublicPackage } from "./workspace-clone.ts";

/**
 * What a tarball may hold besides `dist/` and the files its `bin` names: what npm always ships and
 * `files` adds.
 */
const ALLOWED = new Set(["package/package.json", "package/README.md", "package/LICENSE"]);
const REQUIRED = [
  "README.md",
  "LICENSE",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
];

/**
 * Checks each package as the registry serves it: `latest` is the new version, and both the registry's
 * metadata and the package.json inside the tarball name every internal dependency by a real range
 * (`^<version>`, never `workspace:`); the tarball holds the entry points, README and LICENSE and
 * nothing but `dist/` and its bins besides. Returns one line per package.
 */
export async function checkPublished(
  registryUrl: string,
  packages: PublicPackage[],
  dir: string,
): Promise<string[]> {
  const versions = new Map(packages.map((pkg) => [pkg.name, pkg.version]));
  const lines: string[] = [];
  for (const pkg of packages) {
    const document = await getJson(`${registryUrl}${pkg.name.replace("/", "%2f")}`);
    const latest = document["dist-tags"]?.latest;
    if (latest !== pkg.version) throw new Error(`${pkg.name}: latest is ${latest}, not ${pkg.version}`);
    const metadata = document.versions[pkg.version];

    const tarball = join(dir, `${pkg.folder}.tgz`);
    const response = await fetch(metadata.dist.tarball);
    if (!response.ok)
      throw new Error(`${pkg.name}: GET ${metadata.dist.tarball} answered ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    writeFileSync(tarball, bytes);
    const files = (await run("tar", ["-tzf", tarball], { cwd: dir })).trim().split("\n");
    const packed = JSON.parse(await run("tar", ["-xzOf", tarball, "package/package.json"], { cwd: dir }));

    for (const [where, manifest] of [
      ["registry metadata", metadata],
      ["tarball package.json", packed],
    ] as const) {
      if (JSON.stringify(manifest).includes("workspace:"))
        throw new Error(`${pkg.name}: ${where} has a workspace: range`);
      for (const name of pkg.internalDependencies) {
        const want = `^${versions.get(name)}`;
        const range = manifest.dependencies?.[name];
        if (range !== want) throw new Error(`${pkg.name}: ${where} has ${name} ${range}, not ${want}`);
      }
    }
    const missing = REQUIRED.filter((file) => !files.includes(`package/${file}`));
    if (missing.length > 0) throw new Error(`${pkg.name}: the tarball lacks ${missing.join(", ")}`);
    const bins = binsOf(packed.bin).map((bin) => `package/${bin.replace(/^\.\//, "")}`);
    const extra = files.filter(
      (file) => !file.startsWith("package/dist/") && !ALLOWED.has(file) && !bins.includes(file),
    );
    if (extra.length > 0) throw new Error(`${pkg.name}: the tarball also holds ${extra.join(", ")}`);

    const ranges = pkg.internalDependencies
      .map((name) => `${name} ${metadata.dependencies[name]}`)
      .join(", ");
    lines.push(
      `${pkg.name}@${pkg.version}: ${files.length} files, ${(bytes.length / 1000).toFixed(1)} kB packed${ranges ? `; ${ranges}` : ""}`,
    );
  }
  return lines;
}

async function getJson(url: string): Promise<any> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}
