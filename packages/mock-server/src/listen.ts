import { createAdaptorServer } from "@hono/node-server";
import type { Socket } from "node:net";
import type { MockServer } from "./create-mock-server.js";

/** Where to listen. */
export interface ListenOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default `127.0.0.1`: loopback only. */
  host?: string;
}

/** A mock server answering on a Node HTTP server. */
export interface ListeningMockServer {
  /** The base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  /** The sockets open right now (a leak check for tests and load runs). */
  openConnections(): number;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/** Serves a mock server's handler over HTTP on loopback. */
export async function listen(
  server: MockServer,
  { port = 0, host = "127.0.0.1" }: ListenOptions = {},
): Promise<ListeningMockServer> {
  const http = createAdaptorServer({ fetch: server.fetch });
  const sockets = new Set<Socket>();
  http.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(port, host, () => resolve());
  });
  const address = http.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`,
    port: actualPort,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
