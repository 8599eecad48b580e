// Runs in the browser, on the built packages (ESM, through the import map): a chat stream and a
// confidential chat stream from the mock server, rendered as they arrive; then chat.parse with a zod
// schema, the streamed tool loop, and the lines an `info` logger received.
import { createAtomaClient } from "@atoma-ts/client";
import { createConfidentialClient } from "@atoma-ts/confidential";
import { tool, withStreaming } from "@atoma-ts/streaming";
import * as z from "zod";

const api = new URLSearchParams(location.search).get("api");
// A key in a page is readable by its visitors: the client wants it said out loud.
try {
  createAtomaClient({ apiKey: "browser-key", baseUrl: api });
  document.getElementById("guard-status").textContent = "accepted";
} catch (error) {
  document.getElementById("guard-status").textContent = `${error.name}: ${error.message}`;
}
// Every line the client logs at `info` and above, as a page would send them to its own log.
const logLines = [];
const logger = Object.fromEntries(
  ["error", "warn", "info", "debug"].map((level) => [level, (line) => logLines.push(`${level} ${line}`)]),
);
const atoma = withStreaming(
  createAtomaClient({
    apiKey: "browser-key",
    baseUrl: api,
    dangerouslyAllowBrowser: true,
    logLevel: "info",
    logger,
  }),
);
const model = "meta-llama/Llama-3.3-70B-Instruct";

async function render(id, startStream) {
  const output = document.getElementById(id);
  const status = document.getElementById(`${id}-status`);
  try {
    const stream = await startStream();
    for await (const text of stream.textStream) output.textContent += text;
    status.textContent = "done";
  } catch (error) {
    status.textContent = `failed: ${error.name}: ${error.message}`;
  }
}

await render("chat", () =>
  atoma.chat.stream({ model, messages: [{ role: "user", content: "Hello from Chromium" }] }),
);

const secure = createConfidentialClient(atoma);
await render("confidential", () =>
  secure.chat.stream({ model, messages: [{ role: "user", content: "A secret from Chromium" }] }),
);

/** Runs `work` and shows what it returns in section `id`, or why it failed. */
async function show(id, work) {
  const status = document.getElementById(`${id}-status`);
  try {
    document.getElementById(id).textContent = await work();
    status.textContent = "done";
  } catch (error) {
    status.textContent = `failed: ${error.name}: ${error.message}`;
  }
}

await show("parse", async () => {
  const Weather = z.object({ city: z.string(), celsius: z.number(), sky: z.enum(["clear", "cloudy"]) });
  const completion = await atoma.chat.parse({
    model,
    messages: [{ role: "user", content: "The weather in Lisbon" }],
    response_format: Weather,
  });
  return JSON.stringify(completion.choices[0].message.parsed);
});

await show("tools", async () => {
  const getWeather = tool({
    name: "get_weather",
    parameters: z.object({ city: z.string() }),
    run: async ({ city }) => ({ city, celsius: 21 }),
  });
  const lines = [];
  let text = "";
  const run = atoma.chat.runTools({
    model,
    messages: [{ role: "user", content: "What is the weather in Porto" }],
    tools: [getWeather],
    stream: true,
  });
  for await (const event of run) {
    if (event.type === "tool_call")
      lines.push(`call ${event.call.function.name} ${event.call.function.arguments}`);
    if (event.type === "tool_result") lines.push(`result ${event.content}`);
    if (event.type === "text") text += event.text;
  }
  lines.push(`text pieces joined: ${text === (await run.finalContent())}`);
  lines.push(`answer ${text}`);
  return lines.join("\n");
});

// A loop that stops early still has what was received: the text so far (usage comes last, so not yet).
await show("partial", async () => {
  const stream = await atoma.chat.stream({ model, messages: [{ role: "user", content: "Stop me early" }] });
  let chunks = 0;
  for await (const chunk of stream) if (++chunks === 3) break;
  const partial = stream.partial;
  return JSON.stringify({ text: partial?.choices[0]?.message.content, usage: partial?.usage ?? null });
});

await show("log", async () => logLines.join("\n"));
