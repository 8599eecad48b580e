// Canned requests and responses of the Atoma API, checked against the generated types.
import type { ChatCompletionResponse, CreateChatCompletionRequest } from "@atoma-ts/types";

export const MODEL = "meta-llama/Llama-3.3-70B-Instruct";

export const chatRequest = {
  model: MODEL,
  messages: [{ role: "user", content: "Hello!" }],
} satisfies CreateChatCompletionRequest;

export const chatResponse = {
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1_700_000_000,
  model: MODEL,
  choices: [{ index: 0, message: { role: "assistant", content: "Hi there!" }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 },
} satisfies ChatCompletionResponse;

/** A secret that must never show up in an error, a log or the client object. */
export const CANARY_KEY = "sk-canary-7f3a9c1e5b2d4086";
