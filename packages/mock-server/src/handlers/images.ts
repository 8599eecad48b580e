import type { CreateImageRequest, CreateImageResponse } from "@atoma-ts/types";
import { stableId } from "../ids.js";
import type { HandlerContext, HandlerResult } from "./result.js";

/** A 1×1 transparent PNG, the image every `b64_json` answer carries. */
const PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** `POST /v1/images/generations`. */
export function imageGeneration(request: CreateImageRequest, context: HandlerContext): HandlerResult {
  const id = stableId("img", request);
  const body: CreateImageResponse = {
    created: context.created,
    data: Array.from({ length: request.n ?? 1 }, (_, index) =>
      request.response_format === "b64_json"
        ? { b64_json: PIXEL_PNG, revised_prompt: request.prompt }
        : { url: `https://mock.atoma.network/images/${id}-${index}.png`, revised_prompt: request.prompt },
    ),
  };
  return { kind: "json", body, signed: true };
}
