import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, spawnGroup, tail } from "./processes.ts";

/** A verdaccio registry on loopback holding only what this run publishes. */
export interface LocalRegistry {
  /** With a trailing slash, as npm writes registry URLs. */
  url: string;
  /** A token of a user allowed to publish `@atoma-ts/*`. */
  token: string;
  stop(): Promise<void>;
}

const USER = "release-test";

/**
 * Starts verdaccio (it needs Node 22 on `env`'s PATH) with its storage and password file in `dir`: no uplinks, so nothing else is served
 * or fetched; anyone may read `@atoma-ts/*`, only an authenticated user may publish it.
 */
export async function startLocalRegistry(
  root: string,
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<LocalRegistry> {
  mkdirSync(join(dir, "storage"), { recursive: true });
  writeFileSync(join(dir, "htpasswd"), "");
  const port = await freePort();
  const config = join(dir, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(dir, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(dir, "htpasswd")}`,
      "uplinks: {}",
      "packages:",
      '  "@atoma-ts/*":',
      "    access: $all",
      "    publish: $authenticated",
      `listen: 127.0.0.1:${port}`,
      "web:",
      "  enable: false",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const server = spawnGroup(join(root, "node_modules/.bin/verdaccio"), ["--config", config], {
    cwd: dir,
    env,
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilUp(url, server.exited);
    return { url, token: await addUser(url), stop: server.stop };
  } catch (error) {
    await server.stop();
    throw new Error(`verdaccio did not start: ${(error as Error).message}\n${tail(server.output(), 20)}`);
  }
}

async function waitUntilUp(url: string, exited: Promise<unknown>): Promise<void> {
  let ended = false;
  void exited.then(() => (ended = true));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline && !ended;) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(ended ? "it exited" : "no answer to /-/ping within 30 s");
}

/** Registers a user the way `npm adduser` does (CouchDB's user document) and returns its token. */
async function addUser(url: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:${USER}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      _id: `org.couchdb.user:${USER}`,
      name: USER,
      password: "release-test-password",
      email: "release-test@example.invalid",
      type: "user",
      roles: [],
      date: new Date().toISOString(),
    }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token)
    throw new Error(`adding a user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}
