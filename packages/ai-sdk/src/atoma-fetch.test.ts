import { isAtomaError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import { createAtomaFetch } from "./atoma-fetch.js";

describe("createAtomaFetch", () => {
  const fetch = createAtomaFetch({
    backend: async () => async () => new Response("{}"),
    confidential: false,
  });

  it.each([
    {
      given: ["https://api.atoma.network/v1/models", { method: "GET" }],
      what: "an operation it does not send",
    },
    { given: ["https://cdn.example/image.png", undefined], what: "an image URL to download" },
    {
      given: ["https://api.atoma.network/v1/embeddings", { method: "POST", body: new FormData() }],
      what: "a form",
    },
  ] as const)("refuses $what, naming the request", async ({ given: [url, init] }) => {
    const error = await fetch(url, init).catch((error: unknown) => error);
    expect(isAtomaError(error)).toBe(true);
    expect((error as Error).message).toContain(`${url} is not an Atoma operation it sends`);
  });
});
