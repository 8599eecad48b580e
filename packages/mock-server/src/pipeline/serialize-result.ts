import { bodyJson } from "../body-json.js";
import { dropperFor } from "../faults/connection-drop.js";
import type { Faults } from "../faults/faults.js";
import { type BodyEnding, type BodyOutcome, sseEvent, writeFrames } from "../faults/write-frames.js";
import type { JsonResult, StreamResult } from "../handlers/result.js";
import type { ResponseSigner } from "../signing.js";
import type { PipelineStep } from "./pipeline-env.js";

const JSON_HEADERS = { "content-type": "application/json" };
const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" };

/** What serialization needs besides the result. */
export interface SerializeOptions {
  signer: ResponseSigner;
  /** A `: keep-alive` comment after each this many ms a stream has nothing to send (0: none). */
  keepAliveMs: number;
}

/**
 * Wraps the steps after it: signs what the handler answered when it is to be signed, and writes it as
 * a JSON body or a stream of events, with the faults that shape a body.
 */
export function serializeResult(options: SerializeOptions): PipelineStep {
  return async (c, next) => {
    await next();
    const result = c.get("result");
    // No result: a later step answered with an error, and that error is the response.
    if (!result) return;
    const entry = c.get("entry");
    const ending: BodyEnding = {
      onEnd: (outcome: BodyOutcome) => (entry.outcome = outcome),
      drop: dropperFor(c.env),
    };
    const faults = c.get("faults");
    if (result.kind === "json") {
      c.res = await jsonResponse(result, faults, ending, options.signer);
    } else {
      c.res = streamResponse(result, faults, ending, options);
    }
  };
}

async function jsonResponse(
  { body, signed }: JsonResult,
  faults: Faults,
  ending: BodyEnding,
  signer: ResponseSigner,
): Promise<Response> {
  const json = bodyJson(body);
  const text = signed ? await signer.signBody(json) : json;
  if (!faults.writeSize) {
    ending.onEnd("complete");
    return new Response(text, { headers: JSON_HEADERS });
  }
  // A JSON body is one frame: keep-alives are for streams only.
  const written = writeFrames([() => text], { ...faults, keepAliveMs: 0 }, ending);
  return new Response(written, { headers: JSON_HEADERS });
}

function streamResponse(
  { chunks, signed }: StreamResult,
  faults: Faults,
  ending: BodyEnding,
  { signer, keepAliveMs }: SerializeOptions,
): Response {
  // Chunks are signed as they go out, so a long stream starts at once.
  const frames: (() => string | Promise<string>)[] = chunks.map((chunk) => async () => {
    const json = bodyJson(chunk);
    return sseEvent(signed ? await signer.signBody(json) : json);
  });
  if (faults.streamEnd === "done") frames.push(() => sseEvent("[DONE]"));
  const body = writeFrames(frames, { ...faults, keepAliveMs: faults.keepAliveMs ?? keepAliveMs }, ending);
  return new Response(body, { headers: SSE_HEADERS });
}
