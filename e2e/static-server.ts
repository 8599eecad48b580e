// Serves the test pages and the built packages to the browser: index.html with an import map that
// resolves the packages' bare imports to files on this server, and ai-sdk.html with its program bundled
// by esbuild (the AI SDK's dependency tree is an app bundler's job, not an import map's).
import { readFileSync, realpathSync } from "node:fs";
import { build } from "esbuild";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PAGE = join(ROOT, "e2e/page");

/** URL prefix → folder served under it. */
const MOUNTS: Record<string, string> = {
  "/packages/": join(ROOT, "packages"),
  "/openapi-fetch/": realpathSync(join(ROOT, "packages/client/node_modules/openapi-fetch")),
  "/noble-curves/": realpathSync(join(ROOT, "packages/confidential/node_modules/@noble/curves")),
  "/noble-hashes/": realpathSync(join(ROOT, "packages/confidential/node_modules/@noble/hashes")),
  "/noble-ciphers/": realpathSync(join(ROOT, "packages/confidential/node_modules/@noble/ciphers")),
  "/zod/": realpathSync(join(ROOT, "node_modules/zod")),
};

/** Every entry of a package (the root and subpaths such as `/internal`), as its `exports` name them. */
function packageEntries(folder: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, "packages", folder, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, { import: { default: string } }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.exports).map(([subpath, targets]) => [
      manifest.name + subpath.slice(1),
      `/packages/${folder}/${targets.import.default.replace(/^\.\//, "")}`,
    ]),
  );
}

const IMPORT_MAP = {
  imports: {
    ...packageEntries("client"),
    ...packageEntries("streaming"),
    ...packageEntries("confidential"),
    "openapi-fetch": "/openapi-fetch/dist/index.mjs",
    "@noble/curves/": "/noble-curves/",
    "@noble/hashes/": "/noble-hashes/",
    "@noble/ciphers/": "/noble-ciphers/",
    zod: "/zod/index.js",
  },
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
};

/** The page's own files, by path. */
const PAGE_FILES: Record<string, string> = {
  "/": "index.html",
  "/app.js": "app.js",
  "/ai-sdk.html": "ai-sdk.html",
};

/** ai-sdk-app.js and all it imports (the built @atoma-ts/ai-sdk, `ai`), in one ES module for the browser. */
async function bundleAiSdkApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(PAGE, "ai-sdk-app.js")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

function fileFor(pathname: string): string | undefined {
  if (PAGE_FILES[pathname]) return join(PAGE, PAGE_FILES[pathname]);
  const prefix = Object.keys(MOUNTS).find((mount) => pathname.startsWith(mount));
  if (!prefix) return undefined;
  const file = normalize(join(MOUNTS[prefix]!, pathname.slice(prefix.length)));
  return file.startsWith(MOUNTS[prefix]!) ? file : undefined;
}

/** Starts the page server on loopback; resolves to its URL and a close function. */
export async function startStaticServer(): Promise<{ url: string; close(): Promise<void> }> {
  const aiSdkApp = await bundleAiSdkApp();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (pathname === "/ai-sdk-app.bundle.js") {
      response.writeHead(200, { "content-type": TYPES[".js"] }).end(aiSdkApp);
      return;
    }
    const file = fileFor(pathname);
    try {
      let body: string | Buffer = readFileSync(file ?? "");
      if (pathname === "/") {
        const map = `<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>`;
        body = body.toString().replace(/<!-- importmap:.*?-->/, map);
      }
      response.writeHead(200, { "content-type": TYPES[extname(file!)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
