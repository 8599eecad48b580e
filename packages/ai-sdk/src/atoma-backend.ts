import type { AtomaClient, RequestOptions } from "@atoma-ts/client";
import { EncodedJson } from "@atoma-ts/client/internal";
import type { Verified } from "@atoma-ts/confidential";
import type { AtomaModeSettings } from "./create-atoma.js";
import type { Route } from "./routes.js";
import { eventStreamResponse, jsonResponse } from "./verified-responses.js";

/**
 * Sends one request of the AI SDK's models (its JSON body as they encoded it) through our client;
 * resolves to the response they parse.
 */
export type Backend = (route: Route, body: string, options: RequestOptions) => Promise<Response>;

/** A client whose chat, completions, embeddings and images return checked answers and streams. */
type CheckingClient = Record<
  Route["resource"],
  Record<string, (params: unknown, options: RequestOptions) => unknown>
>;

/**
 * The backend of a mode. In clear, a request goes out through `request()` and its response comes back
 * untouched (our retries and errors apply, nothing is re-encoded). Verified or confidential, it goes
 * through the checking client of `@atoma-ts/confidential`, and the checked answer is re-encoded; that
 * package (its cryptography is most of this one's size) is loaded only then.
 */
export async function createBackend(client: AtomaClient, mode: AtomaModeSettings): Promise<Backend> {
  if (!mode.confidential && !mode.verify) {
    // The body goes out as the models encoded it: parsing and encoding it again would cost a large prompt.
    return (route, body, options) =>
      client.request(route.operationId, { ...options, body: new EncodedJson(body) as never });
  }
  const { createConfidentialClient, withVerification } = await import("@atoma-ts/confidential");
  const verify = typeof mode.verify === "object" ? mode.verify : {};
  if (mode.confidential) {
    const confidential = typeof mode.confidential === "object" ? mode.confidential : {};
    return checkingBackend(createConfidentialClient(client, { ...verify, ...confidential }) as never);
  }
  return checkingBackend(withVerification(client, verify) as never);
}

/**
 * A backend made at the first call (the client reads its key then) and kept; calls that come while it
 * is being made wait for the same one. A failure to make it (no key yet) is tried again at the next
 * call. Once made, a call goes straight to it.
 */
export function lazyBackend(make: () => Promise<Backend>): Backend {
  let made: Backend | undefined;
  let making: Promise<Backend> | undefined;
  const backendOnce = () => {
    making ??= make().then(
      (backend) => {
        made = backend;
        return backend;
      },
      (error: unknown) => {
        making = undefined;
        throw error;
      },
    );
    return making;
  };
  return (route, body, options) => {
    if (made) return made(route, body, options);
    return backendOnce().then((backend) => backend(route, body, options));
  };
}

/** Calls the resource's `stream` for a streaming request, else the operation's own method (`create`, `generate`). */
function checkingBackend(client: CheckingClient): Backend {
  return async (route, body, options) => {
    const { stream, ...params } = JSON.parse(body) as Record<string, unknown>;
    const methods = client[route.resource];
    if (stream) {
      const chunks = (await methods.stream!(params, options)) as AsyncIterable<Verified<object>>;
      return eventStreamResponse(chunks, options.signal);
    }
    const answer = await methods[route.name]!(params, options);
    return jsonResponse(answer as Verified<object>);
  };
}
