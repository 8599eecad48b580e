import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const lintSpec = (...files: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-spec.ts", ...files], { encoding: "utf8" });

describe("pnpm lint:spec", () => {
  it("prints Redocly's result without its Node notice box", () => {
    const { status, stdout, stderr } = lintSpec();
    expect(status).toBe(0);
    expect(stdout + stderr).toContain("openapi/atoma.yaml: validated");
    expect(stdout + stderr).not.toMatch(/[╔║╚]|Node\.js 20 support/);
  });

  it("keeps Redocly's failure and its report", () => {
    const folder = mkdtempSync(join(tmpdir(), "lint-spec-"));
    const broken = join(folder, "broken.yaml");
    writeFileSync(broken, "openapi: 3.1.0\ninfo: {title: broken}\npaths: {}\n");
    const { status, stdout, stderr } = lintSpec(broken);
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain("broken.yaml");
    expect(stdout + stderr).toMatch(/error/i);
  });
});
