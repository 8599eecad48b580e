import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { delimiter, sep } from "node:path";

/** Where and how a command runs. */
export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** A child process in its own process group, so stopping it also stops what it started (npx → node). */
export interface Spawned {
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Its exit code (`null` when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGTERM to the group, SIGKILL after 5 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export function spawnGroup(
  command: string,
  args: string[],
  { cwd, env = process.env }: CommandOptions,
): Spawned {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const chunks: string[] = [];
  child.stdout.setEncoding("utf8").on("data", (text: string) => chunks.push(text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => chunks.push(text));
  let running = true;
  const exited = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      chunks.push(`${command}: ${error.message}\n`);
      running = false;
      resolve(-1);
    });
    child.once("close", (code) => {
      running = false;
      resolve(code);
    });
  });
  const signal = (name: NodeJS.Signals) => {
    if (running && child.pid !== undefined) {
      try {
        process.kill(-child.pid, name);
      } catch {
        // Already gone.
      }
    }
  };
  return {
    output: () => chunks.join(""),
    exited,
    async stop() {
      signal("SIGTERM");
      const killer = setTimeout(() => signal("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Runs a command to its end and resolves to its output; rejects with the output's tail if it fails. */
export async function run(
  command: string,
  args: string[],
  options: CommandOptions & { timeoutMs?: number },
): Promise<string> {
  const { timeoutMs = 300_000 } = options;
  const child = spawnGroup(command, args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void child.stop();
  }, timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  if (code !== 0) {
    const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : `exited with ${code}`;
    throw new Error(`${[command, ...args].join(" ")} ${why}\n${tail(child.output(), 25)}`);
  }
  return child.output();
}

/** Resolves to the first match of `pattern` in a spawned process's output; rejects if it exits first. */
export async function waitForOutput(
  child: Spawned,
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<RegExpMatchArray> {
  let ended = false;
  void child.exited.then(() => (ended = true));
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const match = child.output().match(pattern);
    if (match) return match;
    if (ended) throw new Error(`exited before printing ${pattern}\n${tail(child.output(), 25)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`printed no ${pattern} within ${timeoutMs / 1000} s\n${tail(child.output(), 25)}`);
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The last `lines` lines of a text, indented, for error messages. */
export function tail(text: string, lines: number): string {
  return text
    .trimEnd()
    .split("\n")
    .slice(-lines)
    .map((line) => `    ${line}`)
    .join("\n");
}

/**
 * This environment as a fresh shell outside the workspace would have it: without the variables a
 * `pnpm run` adds (npm_*, pnpm_*) and without the workspace's own folders on PATH (its
 * node_modules/.bin holds an `atoma-mock-server` too), so consumers find only what they installed.
 */
export function outsideEnv(root: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key)) env[key] = value;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((folder) => folder !== "" && folder !== root && !folder.startsWith(root + sep))
    .join(delimiter);
  return { ...env, ...extra };
}
