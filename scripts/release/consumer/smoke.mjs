// The same calls on every runtime (Node, Bun, Deno) against a running mock server, given its URL:
// a chat, a stream, and a confidential chat and stream when the installed package has them.
import { createAtomaClient } from "@atoma-ts/client";
import * as confidential from "@atoma-ts/confidential";
import { withStreaming } from "@atoma-ts/streaming";

const [baseUrl] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const params = {
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [{ role: "user", content: "Hello from every runtime" }],
};

async function textOf(stream) {
  let text = "";
  for await (const piece of stream.textStream) text += piece;
  return text;
}

const client = createAtomaClient({ apiKey: "test-key", baseUrl });
const atoma = withStreaming(client);
const result = {
  chat: (await atoma.chat.create(params)).choices[0].message.content,
  streamed: await textOf(await atoma.chat.stream(params)),
};
if (typeof confidential.createConfidentialClient === "function") {
  const secure = confidential.createConfidentialClient(client);
  const sealed = await secure.chat.create(params);
  result.confidential = {
    chat: sealed.choices[0].message.content,
    signer: sealed.verification?.signer,
    streamed: await textOf(await secure.chat.stream(params)),
  };
} else {
  // Not in this version: at least the package loads and its hashing runs.
  result.confidential = { loaded: confidential.suiAddress(new Uint8Array(32)) };
}
console.log(JSON.stringify(result));
