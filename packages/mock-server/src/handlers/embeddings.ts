import type { CreateEmbeddingRequest, CreateEmbeddingResponse } from "@atoma-ts/types";
import { countTokens } from "../content.js";
import { seededRandom } from "../ids.js";
import type { HandlerResult } from "./result.js";

/** The width of the vectors when the request names no `dimensions` (e5-large's). */
export const DEFAULT_DIMENSIONS = 1024;

/** A unit vector that depends only on the text and the width. */
function embed(text: string, dimensions: number): number[] {
  const random = seededRandom(text);
  const vector = Array.from({ length: dimensions }, () => random() * 2 - 1);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => Math.round((value / norm) * 1e6) / 1e6);
}

/** Little-endian float32 bytes in base64, as OpenAI-compatible servers send `encoding_format: base64`. */
function toBase64Floats(vector: number[]): string {
  const bytes = new Uint8Array(new Float32Array(vector).buffer);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `POST /v1/embeddings`. */
export function embeddings(request: CreateEmbeddingRequest): HandlerResult {
  const inputs = typeof request.input === "string" ? [request.input] : request.input;
  const dimensions = request.dimensions ?? DEFAULT_DIMENSIONS;
  const tokens = inputs.reduce((sum, input) => sum + countTokens(input), 0);
  const body: CreateEmbeddingResponse = {
    object: "list",
    model: request.model,
    data: inputs.map((input, index) => {
      const vector = embed(input, dimensions);
      return {
        object: "embedding",
        index,
        embedding: request.encoding_format === "base64" ? toBase64Floats(vector) : vector,
      };
    }),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
  return { kind: "json", body, signed: true };
}
