import { defineConfig } from "vitest/config";

/** One runner for the whole repo: each package (and the spec) is a project. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "spec",
          include: ["openapi/**/*.test.ts", "scripts/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "types",
          root: "packages/types",
          include: [],
          typecheck: {
            enabled: true,
            include: ["src/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
    ],
  },
});
