import { describe, expect, it } from "vitest";
import { routeOf } from "./routes.js";

describe("routeOf", () => {
  it.each([
    { given: "https://api.atoma.network/v1/chat/completions", want: "chat_completions_create" },
    { given: "https://api.atoma.network/v1/completions", want: "completions_create" },
    { given: "http://127.0.0.1:8080/v1/embeddings", want: "embeddings_create" },
    { given: "http://127.0.0.1:8080/v1/images/generations", want: "image_generations_create" },
    { given: "https://gateway.example/atoma/v1/chat/completions", want: "chat_completions_create" },
    { given: "https://gateway.example/v1/proxy/v1/completions", want: "completions_create" },
    { given: "https://api.atoma.network/v1/models", want: undefined },
    { given: "https://cdn.example/v1/images/generations/0.png", want: undefined },
    { given: "https://api.atoma.network/chat/completions", want: undefined },
    { given: "https://api.atoma.network/v1/constructor", want: undefined },
    { given: "https://api.atoma.network/v1/chat/completions?api-version=1", want: "chat_completions_create" },
    { given: "https://api.atoma.network/v1/embeddings#top", want: "embeddings_create" },
    { given: "https://api.atoma.network/v1/models?next=/v1/chat/completions", want: undefined },
    { given: "https://api.atoma.network/v1/models#/v1/chat/completions", want: undefined },
    { given: "https://v1.example/chat/completions", want: undefined },
  ])("$given is $want", ({ given, want }) => {
    expect(routeOf(given)?.operationId).toBe(want);
  });
});
