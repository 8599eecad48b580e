// The API reference: `pnpm docs` writes it to docs/api (git-ignored), one section per package, from
// each package's root entry point and its TSDoc. Any warning fails the build.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "atoma-ts",
  entryPointStrategy: "packages",
  entryPoints: [
    "packages/types",
    "packages/client",
    "packages/streaming",
    "packages/confidential",
    "packages/mock-server",
  ],
  packageOptions: {
    entryPoints: ["src/index.ts"],
    // openapi-typescript writes @description and @constant in the generated types.
    blockTags: [...OptionDefaults.blockTags, "@description", "@constant"],
    excludeInternal: true,
  },
  out: "docs/api",
  excludeInternal: true,
  treatWarningsAsErrors: true,
  logLevel: "Warn",
};
