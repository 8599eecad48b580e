// Runs in the browser, bundled with the AI SDK by esbuild as an app would be: streamText with the Atoma
// provider against the mock server, in clear, in verify mode and in confidential mode, each rendered as
// it arrives, with the signer the provider reports in `providerMetadata.atoma`.
import { createAtoma } from "@atoma-ts/ai-sdk";
import { streamText } from "ai";

const api = new URLSearchParams(location.search).get("api");
const model = "meta-llama/Llama-3.3-70B-Instruct";
// The key is the page visitor's own here, which is when a key in a page is acceptable.
const connection = { apiKey: "browser-key", baseURL: api, dangerouslyAllowBrowser: true };
const providers = {
  plain: createAtoma(connection),
  verify: createAtoma({ ...connection, verify: true }),
  confidential: createAtoma({ ...connection, confidential: true }),
};

for (const [mode, atoma] of Object.entries(providers)) {
  const output = document.getElementById(mode);
  const status = document.getElementById(`${mode}-status`);
  try {
    const result = streamText({ model: atoma(model), prompt: `streamText in ${mode} mode from Chromium` });
    for await (const text of result.textStream) output.textContent += text;
    const usage = await result.usage;
    const signer = (await result.providerMetadata)?.atoma?.signer ?? "none";
    status.textContent = `done: ${usage.outputTokens} tokens, signer ${signer}`;
  } catch (error) {
    status.textContent = `failed: ${error.name}: ${error.message}`;
  }
}
