import type { Drop } from "./write-frames.js";

/** Thrown to drop a connection before any response; the server's `fetch` turns it into a network error. */
export class ConnectionDropped extends Error {}

/** The socket of a request served by the Node adapter (`listen`); none in-process. */
const socketOf = (env: unknown) =>
  (env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;

/** Drops the connection before any response: behind Node, the socket itself is destroyed. */
export function dropConnection(env: unknown): never {
  socketOf(env)?.destroy();
  throw new ConnectionDropped("mock: connection dropped");
}

/** Drops mid-body: destroys the socket behind Node; in-process, errors the body as a cut would. */
export function dropperFor(env: unknown): Drop {
  const socket = socketOf(env);
  return socket
    ? () => socket.destroy()
    : (controller) => controller.error(new TypeError("terminated: mock connection dropped"));
}
