import { isAtomaError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import { createAtomaFetch } from "./atoma-fetch.js";
import { routeOf } from "./routes.js";

describe("createAtomaFetch", () => {
  const url = "https://api.atoma.network/v1/embeddings";
  const fetch = createAtomaFetch({
    route: routeOf("embedding"),
    url,
    backend: async () => new Response("{}"),
    confidential: false,
  });

  it("sends a POST of JSON to its model's URL", async () => {
    const response = await fetch(url, { method: "POST", body: "{}" });
    expect(await response.json()).toEqual({});
  });

  it.each([
    {
      given: ["https://api.atoma.network/v1/chat/completions", { method: "POST", body: "{}" }],
      what: "another operation",
    },
    { given: [url, { method: "GET" }], what: "a GET" },
    { given: ["https://cdn.example/image.png", undefined], what: "an image URL to download" },
    { given: [url, { method: "POST", body: new FormData() }], what: "a form" },
  ] as const)("refuses $what, naming the request", async ({ given: [requested, init] }) => {
    const error = await fetch(requested, init).catch((error: unknown) => error);
    expect(isAtomaError(error)).toBe(true);
    expect((error as Error).message).toContain(`${requested} is not an Atoma operation it sends`);
  });
});
