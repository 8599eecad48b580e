// The API reference: `pnpm run docs` writes it to docs/api (git-ignored), one section per package, from
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
    "packages/ai-sdk",
  ],
  packageOptions: {
    entryPoints: ["src/index.ts"],
    // openapi-typescript writes @description and @constant in the generated types.
    blockTags: [...OptionDefaults.blockTags, "@description", "@constant"],
    excludeInternal: true,
    // Source links to the public repository, not read from git: a clone's `origin` may be a local path
    // (CI clones the checkout), which typedoc would warn about.
    disableGit: true,
    sourceLinkTemplate: "https://github.com/atoma-ts/atoma-ts/blob/main/{path}#L{line}",
  },
  out: "docs/api",
  treatWarningsAsErrors: true,
  logLevel: "Warn",
};
