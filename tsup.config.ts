import { existsSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * One build for every package, run from the package's folder: ESM + CJS with declarations. A package
 * with a `src/internal.ts` also gets its `/internal` entry; code shared by both entries goes to one chunk
 * (in CommonJS too), so an error class is the same class whichever entry made it.
 */
export default defineConfig({
  entry: existsSync("src/internal.ts") ? ["src/index.ts", "src/internal.ts"] : ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  platform: "neutral",
  target: "es2022",
  sourcemap: true,
  clean: true,
});
