import { defineConfig } from "tsup";

/** One build for every package, run from the package's folder: ESM + CJS with declarations. */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  sourcemap: true,
  clean: true,
});
