// size-limit 14.3 needs Node >= 22.19: it imports `glob` from node:fs/promises and calls
// `Array.fromAsync`. On Node 20, `node --import ./size/node20-shim.mjs` adds both (for the literal paths
// of our .size-limit.json), redirecting size-limit's import of node:fs/promises to the module below.
import { register } from "node:module";

if (!Array.fromAsync) {
  Array.fromAsync = async (iterable) => {
    const items = [];
    for await (const item of iterable) items.push(item);
    return items;
  };
}

const fsPromisesWithGlob = `
  import { existsSync, statSync } from "node:fs";
  import { basename, dirname, resolve } from "node:path";
  export * from "node:fs/promises";
  export async function* glob(patterns, { cwd = process.cwd() } = {}) {
    for (const pattern of [patterns].flat()) {
      const file = resolve(cwd, pattern);
      if (existsSync(file) && statSync(file).isFile()) {
        yield { name: basename(file), parentPath: dirname(file), isFile: () => true };
      }
    }
  }`;

const hooks = `
  export async function resolve(specifier, context, next) {
    if (specifier === "node:fs/promises" && context.parentURL?.includes("/size-limit/")) {
      return { url: "data:text/javascript," + encodeURIComponent(${JSON.stringify(fsPromisesWithGlob)}), shortCircuit: true };
    }
    return next(specifier, context);
  }`;

if (!(await import("node:fs/promises")).glob) {
  register("data:text/javascript," + encodeURIComponent(hooks));
}
