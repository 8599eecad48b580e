// Tool calls: offer the model a function, run the call it asks for, and send the result back for
// the final answer.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/tool-calls.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/tool-calls.ts
import { createAtomaClient } from "@atoma-ts/client";
import type { ChatCompletionMessage, ChatCompletionToolsParam } from "@atoma-ts/types";

const atoma = createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY });
const model = "meta-llama/Llama-3.3-70B-Instruct";

const tools: ChatCompletionToolsParam[] = [
  {
    type: "function",
    function: {
      name: "get_current_weather",
      description: "Get the current weather in a city",
      parameters: {
        type: "object",
        properties: { location: { type: "string", description: "The city, e.g. Paris" } },
        required: ["location"],
      },
    },
  },
];

// Your implementation of the tool.
function getCurrentWeather({ location }: { location: string }) {
  return { location, temperature_c: 21, sky: "clear" };
}

const messages: ChatCompletionMessage[] = [{ role: "user", content: "What is the weather in Paris?" }];
const first = await atoma.chat.create({ model, messages, tools });
const reply = first.choices[0]?.message;

if (!reply?.tool_calls?.length) {
  console.log(`no tool call: ${reply?.content}`);
} else {
  messages.push({ role: "assistant", content: reply.content ?? null, tool_calls: reply.tool_calls });
  for (const call of reply.tool_calls) {
    console.log(`the model calls ${call.function.name}(${call.function.arguments})`);
    const result = getCurrentWeather(JSON.parse(call.function.arguments) as { location: string });
    messages.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(result) });
  }
  const final = await atoma.chat.create({ model, messages, tools });
  console.log(`then answers: ${final.choices[0]?.message.content}`);
}
