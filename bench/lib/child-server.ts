import { spawn } from "node:child_process";

/** A server running in a child process, and how to stop it. */
export interface ChildServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  stop(): void;
}

/**
 * Runs `source` (CommonJS for `node -e`) in a child process, so that the server's work is not billed
 * to the benchmark's process. The source receives `payload` as its first IPC message when one is given,
 * and must `process.send` the port it listens on (on 127.0.0.1).
 */
export async function startChildServer(source: string, payload?: unknown): Promise<ChildServer> {
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  if (payload !== undefined) child.send(payload as object);
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve(Number(message)));
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
