// The tool loop: give the model functions with zod schemas, and chat.runTools calls them as the model
// asks (arguments validated first, two calls of one answer at once), sends the results back, and
// streams the answer that follows. A tool that throws, or arguments that do not fit, go back to the
// model as an error result, and the loop goes on.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/run-tools.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/run-tools.ts
import { createAtomaClient } from "@atoma-ts/client";
import { tool, withStreaming } from "@atoma-ts/streaming";
import * as z from "zod";

const atoma = withStreaming(
  createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY }),
);
const model = "meta-llama/Llama-3.3-70B-Instruct";

const getWeather = tool({
  name: "get_weather",
  description: "The current weather in a city",
  parameters: z.object({ city: z.string().describe("The city, e.g. Paris") }),
  run: async ({ city }) => ({ city, celsius: 21, sky: "clear" }), // city: string, validated
});
const getLocalTime = tool({
  name: "get_local_time",
  description: "The local time in a city",
  parameters: z.object({ city: z.string() }),
  run: async ({ city }, { signal }) => {
    signal.throwIfAborted(); // a real tool passes the signal on, e.g. to fetch
    return `${city}: 14:05`;
  },
});

const run = atoma.chat.runTools(
  {
    model,
    messages: [{ role: "user", content: "Weather and local time in Paris" }],
    tools: [getWeather, getLocalTime],
    stream: true,
    maxRounds: 5,
  },
  { signal: AbortSignal.timeout(60_000) },
);

for await (const event of run) {
  if (event.type === "tool_call")
    console.log(`→ ${event.call.function.name}(${event.call.function.arguments})`);
  if (event.type === "tool_result") console.log(`← ${event.isError ? "failed: " : ""}${event.content}`);
  if (event.type === "text") process.stdout.write(event.text);
}
const completion = await run.finalCompletion();
console.log(
  `\n(${run.messages.length} messages, ${completion.usage?.total_tokens} tokens in the last round)`,
);
