import { fromHex } from "./node-reference.js";

// RFC 7748 §6.1: Alice plays the client, Bob the node.
export const CLIENT_PRIVATE_KEY = fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
export const CLIENT_PUBLIC_KEY = fromHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
export const NODE_PRIVATE_KEY = fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
export const NODE_PUBLIC_KEY = fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
export const SHARED_SECRET = fromHex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");

export const SALT = fromHex("000102030405060708090a0b0c0d0e0f");
export const NONCE = fromHex("a0a1a2a3a4a5a6a7a8a9aaab");

export const CHAT_REQUEST = JSON.stringify({
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [{ role: "user", content: "Héllo, wörld! 👋" }],
  max_completion_tokens: 64,
  stream: false,
});

export const CHAT_RESPONSE = JSON.stringify({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1_700_000_000,
  model: "meta-llama/Llama-3.3-70B-Instruct",
  choices: [{ index: 0, message: { role: "assistant", content: "Bonjour ! 🌍" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
});
