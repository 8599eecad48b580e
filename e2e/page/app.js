// Runs in the browser, on the built packages (ESM, through the import map): a chat stream and a
// confidential chat stream from the mock server, rendered as they arrive.
import { createAtomaClient } from "@atoma-ts/client";
import { createConfidentialClient } from "@atoma-ts/confidential";
import { withStreaming } from "@atoma-ts/streaming";

const api = new URLSearchParams(location.search).get("api");
// A key in a page is readable by its visitors: the client wants it said out loud.
try {
  createAtomaClient({ apiKey: "browser-key", baseUrl: api });
  document.getElementById("guard-status").textContent = "accepted";
} catch (error) {
  document.getElementById("guard-status").textContent = `${error.name}: ${error.message}`;
}
const atoma = withStreaming(
  createAtomaClient({ apiKey: "browser-key", baseUrl: api, dangerouslyAllowBrowser: true }),
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
