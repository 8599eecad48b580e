import type { MockServer } from "./create-mock-server.js";

type Fetch = MockServer["fetch"];

/**
 * Wraps a fetch handler to write one line per request, as dev servers print them:
 * `POST /v1/chat/completions 200 3ms`, timed to the response's start (a stream's headers). A
 * connection the mock dropped on purpose (`x-mock-drop-after: 0`) reads `dropped`.
 */
export function withAccessLog(fetch: Fetch, write: (line: string) => void): Fetch {
  return async (request, env) => {
    const started = performance.now();
    const { pathname, search } = new URL(request.url);
    const line = (status: string) =>
      write(`${request.method} ${pathname}${search} ${status} ${Math.round(performance.now() - started)}ms`);
    try {
      const response = await fetch(request, env);
      line(String(response.status));
      return response;
    } catch (error) {
      line("dropped");
      throw error;
    }
  };
}
