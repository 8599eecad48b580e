// Structured output: the answer as a typed, validated object, from a zod schema (any Standard Schema
// library works: Valibot, ArkType…). The schema's own JSON Schema goes to the model as
// `response_format`, and the answer comes back as `message.parsed`, or as a ParseError saying why not.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/structured-output.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/structured-output.ts
import { createAtomaClient, isParseError } from "@atoma-ts/client";
import { withStreaming } from "@atoma-ts/streaming";
import * as z from "zod";

// chat.parse is one of the chat helpers withStreaming adds (so that a chat.create-only app does not carry it).
const atoma = withStreaming(
  createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY }),
);
const model = "meta-llama/Llama-3.3-70B-Instruct";

const Forecast = z.object({
  city: z.string(),
  days: z.array(
    z.object({ day: z.string(), celsius: z.number(), sky: z.enum(["sunny", "cloudy", "rainy"]) }),
  ),
});

try {
  const completion = await atoma.chat.parse({
    model,
    messages: [{ role: "user", content: "A two-day forecast for Lisbon" }],
    response_format: Forecast,
    max_completion_tokens: 512,
  });
  const forecast = completion.choices[0]!.message.parsed; // typed: z.output<typeof Forecast>
  console.log(`forecast for ${forecast.city}:`);
  for (const { day, celsius, sky } of forecast.days) console.log(`  ${day}: ${celsius} °C, ${sky}`);
} catch (error) {
  // Refused, cut at max_completion_tokens, not JSON, or not valid: the raw answer and the issues.
  if (!isParseError(error)) throw error;
  console.log(`no forecast (${error.type}): ${error.message}`, error.issues ?? error.content);
}
