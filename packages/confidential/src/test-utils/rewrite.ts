// Fetch wrappers that change the real bytes the mock server sent, or hold them back, as an attacker or a
// slow network would.
import type { FetchLike } from "@atoma-ts/client";
import { fromBase64, referenceBlake2b256, toBase64 } from "./node-reference.js";

const pathOf = (input: string | URL | Request) =>
  new URL(typeof input === "string" || input instanceof URL ? input : input.url).pathname;

/** Rewrites the text of successful responses to paths that start with `prefix` (a stream is read whole). */
export function rewriteBodies(prefix: string, rewrite: (text: string) => string) {
  return (fetch: FetchLike): FetchLike =>
    async (input, init) => {
      const response = await fetch(input, init);
      if (!response.ok || !pathOf(input).startsWith(prefix)) return response;
      const { status, statusText, headers } = response;
      return new Response(rewrite(await response.text()), { status, statusText, headers });
    };
}

type Payload = Record<string, unknown>;

/**
 * Edits the JSON payloads of a body: the body itself, or each `data:` event of a stream (numbered from
 * 0). The envelope is re-serialized; what is signed is inside it, so that changes nothing by itself.
 */
export function editPayloads(text: string, edit: (payload: Payload, index: number) => void): string {
  if (!text.startsWith("data:") && !text.startsWith(":")) {
    const payload = JSON.parse(text) as Payload;
    edit(payload, 0);
    return JSON.stringify(payload);
  }
  let index = 0;
  return text
    .split("\n")
    .map((line) => {
      if (!line.startsWith("data: ") || line === "data: [DONE]") return line;
      const payload = JSON.parse(line.slice(6)) as Payload;
      edit(payload, index++);
      return `data: ${JSON.stringify(payload)}`;
    })
    .join("\n");
}

/** Confidential responses with their payloads edited: all of them, or only the event numbered `only`. */
export const editConfidential = (edit: (payload: Payload) => void, only?: number) =>
  rewriteBodies("/v1/confidential/", (text) =>
    editPayloads(text, (payload, index) => {
      if (only === undefined || index === only) edit(payload);
    }),
  );

const flipFirstByte = (base64: string) => {
  const bytes = fromBase64(base64);
  bytes[0]! ^= 1;
  return toBase64(bytes);
};

/** The ways a sealed payload is tampered with, each with the error it must raise. */
export const TAMPERS = {
  "a flipped ciphertext byte": {
    edit: (payload: Payload) => void (payload.ciphertext = flipFirstByte(payload.ciphertext as string)),
    want: { name: "DecryptionError", type: "authentication-failed" },
  },
  "a wrong nonce": {
    edit: (payload: Payload) => void (payload.nonce = flipFirstByte(payload.nonce as string)),
    want: { name: "DecryptionError", type: "authentication-failed" },
  },
  "a response_hash of other bytes": {
    edit: (payload: Payload) => void (payload.response_hash = toBase64(referenceBlake2b256("other bytes"))),
    want: { name: "IntegrityError", type: "hash-mismatch" },
  },
  "a flipped signature byte": {
    edit: (payload: Payload) => {
      const bytes = fromBase64(payload.signature as string);
      bytes[10]! ^= 1;
      payload.signature = toBase64(bytes);
    },
    want: { name: "IntegrityError", type: "invalid-signature" },
  },
  "a missing signature": {
    edit: (payload: Payload) => void delete payload.signature,
    want: { name: "IntegrityError", type: "missing-field" },
  },
};

/** Holds back the first `count` requests to paths starting with `prefix` for `ms` before sending them. */
export function delayFirst(prefix: string, ms: number, count = 1) {
  return (fetch: FetchLike): FetchLike => {
    let delayed = 0;
    return async (input, init) => {
      if (pathOf(input).startsWith(prefix) && delayed++ < count) {
        await new Promise((resolve) => setTimeout(resolve, ms));
      }
      return fetch(input, init);
    };
  };
}

/**
 * Answers the second lock request with the first lock again, as if another client had been given the
 * same stack: the request sealed to it is refused (425) once the first lock has been used.
 */
export function replayFirstLock() {
  return (fetch: FetchLike): FetchLike => {
    let first: string | undefined;
    let locks = 0;
    return async (input, init) => {
      if (pathOf(input) !== "/v1/nodes/lock") return fetch(input, init);
      locks++;
      if (locks === 2 && first)
        return new Response(first, { headers: { "content-type": "application/json" } });
      const response = await fetch(input, init);
      first ??= await response.clone().text();
      return response;
    };
  };
}
