// Image generation: one image from a prompt, as a URL (or base64 with response_format: "b64_json").
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/images.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/images.ts
import { createAtomaClient } from "@atoma-ts/client";

const atoma = createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY });

const result = await atoma.images.generate({
  model: "black-forest-labs/FLUX.1-schnell",
  prompt: "A lighthouse on a cliff at dawn, watercolor",
  n: 1,
  size: "1024x1024",
});

for (const image of result.data) {
  console.log(image.url ?? `${image.b64_json?.length} base64 characters`);
}
