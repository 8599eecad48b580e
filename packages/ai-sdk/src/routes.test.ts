import { describe, expect, it } from "vitest";
import { routeOf } from "./routes.js";

describe("routeOf", () => {
  it.each([
    { kind: "chat", want: ["chat_completions_create", "/v1/chat/completions", "chat", "create"] },
    { kind: "completion", want: ["completions_create", "/v1/completions", "completions", "create"] },
    { kind: "embedding", want: ["embeddings_create", "/v1/embeddings", "embeddings", "create"] },
    { kind: "image", want: ["image_generations_create", "/v1/images/generations", "images", "generate"] },
  ] as const)("a $kind model calls $want.0", ({ kind, want }) => {
    const { operationId, path, resource, name } = routeOf(kind);
    expect([operationId, path, resource, name]).toEqual(want);
  });
});
