import { defineConfig } from "vitest/config";

const PACKAGES = ["client", "streaming", "confidential", "mock-server", "ai-sdk"];

/** One runner for the whole repo: the spec and each package are projects. */
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
          typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
        },
      },
      {
        // Real-browser tests: Chromium from npm (@sparticuz/chromium) on the built packages (the test run
        // builds them first); CHROMIUM_PATH picks another.
        test: { name: "e2e", include: ["e2e/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // Every example run as a program against the mock server, and the mock-server example test itself.
        test: { name: "examples", include: ["examples/**/*.test.ts"], testTimeout: 60_000 },
      },
      ...PACKAGES.map((name) => ({
        test: {
          name,
          root: `packages/${name}`,
          include: ["src/**/*.test.ts"],
          typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
          passWithNoTests: true,
        },
      })),
    ],
  },
});
