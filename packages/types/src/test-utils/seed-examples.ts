// The example requests of the Atoma documents (openapi/sources), written in wire format: snake_case
// names, and `stop` as the list the pages render as `json(["stop", "halt"])`. The streaming
// examples carry `stream: true`, which the official SDK adds on the wire. `satisfies` makes each
// one a compile-time check of the generated types; the spec tests validate them with ajv too.
import type {
  CompletionRequest,
  CreateChatCompletionRequest,
  CreateChatCompletionStreamRequest,
  CreateCompletionsStreamRequest,
} from "../index.js";

const getCurrentWeatherParameters = {
  type: "object",
  properties: {
    location: { type: "string", description: "The location to get the weather for" },
  },
  required: ["location"],
};

const conversation = [
  { content: "You are a helpful AI assistant", role: "system" },
  { content: "Hello!", role: "user" },
  {
    content: "I'm here to help you with any questions you have. How can I assist you today?",
    role: "assistant",
  },
] as const;

/** 000: CreateChatCompletionStreamRequest (TypeScript page). */
export const chatStreamRequest000 = {
  frequency_penalty: 0,
  functions: [
    {
      name: "get_current_weather",
      description: "Get the current weather in a location",
      parameters: getCurrentWeatherParameters,
    },
  ],
  logit_bias: { "1234567890": 0.5, "1234567891": -0.5 },
  max_completion_tokens: 4096,
  messages: [...conversation],
  model: "meta-llama/Llama-3.3-70B-Instruct",
  n: 1,
  parallel_tool_calls: true,
  presence_penalty: 0,
  seed: 123,
  service_tier: "auto",
  stop: ["stop", "halt"],
  stream: true,
  temperature: 0.7,
  tools: [
    {
      function: {
        description: "Get the current weather in a location",
        name: "get_current_weather",
        parameters: getCurrentWeatherParameters,
      },
      type: "function",
    },
  ],
  top_logprobs: 1,
  top_p: 1,
  user: "user-1234",
} satisfies CreateChatCompletionStreamRequest;

/** 001: CreateChatCompletionRequest (TypeScript page). */
export const chatRequest001 = {
  frequency_penalty: 0,
  max_tokens: 2048,
  messages: [{ content: "Hello! How can you help me today?", name: "john_doe", role: "user" }],
  model: "meta-llama/Llama-3.3-70B-Instruct",
  n: 1,
  presence_penalty: 0,
  seed: 123,
  stop: ["stop", "halt"],
  temperature: 0.7,
  top_p: 1,
  user: "user-1234",
} satisfies CreateChatCompletionRequest;

/** 002: the Python chat page's `create` example (its `stream` example sends the same plus `stream`). */
const { stream: _stream, ...chatRequestFields } = chatStreamRequest000;
export const chatRequest002 = {
  ...chatRequestFields,
  messages: [
    { content: "You are a helpful AI assistant", name: "AI expert", role: "system" },
    { content: "Hello!", name: "John Doe", role: "user" },
    {
      content: "I'm here to help you with any questions you have. How can I assist you today?",
      name: "AI",
      role: "assistant",
    },
  ],
} satisfies CreateChatCompletionRequest;

export const chatStreamRequest002 = {
  ...chatRequest002,
  stream: true,
} satisfies CreateChatCompletionStreamRequest;

/** 003: CompletionRequest (TypeScript page). */
export const completionRequest003 = {
  frequency_penalty: 0,
  logit_bias: { "1234567890": 0.5, "1234567891": -0.5 },
  logprobs: 1,
  model: "meta-llama/Llama-3.3-70B-Instruct",
  n: 1,
  presence_penalty: 0,
  prompt: ["Hello!"],
  seed: 123,
  stop: ["stop", "halt"],
  stream: false,
  suffix: "\n",
  temperature: 0.7,
  top_p: 1,
  user: "user-1234",
} satisfies CompletionRequest;

/** 004: CreateCompletionsStreamRequest (Python page, which has no example: its table's examples). */
export const completionStreamRequest004 = {
  best_of: 1,
  echo: false,
  frequency_penalty: 0,
  logit_bias: { "1234567890": 0.5, "1234567891": -0.5 },
  logprobs: 1,
  max_tokens: 4096,
  model: "meta-llama/Llama-3.3-70B-Instruct",
  n: 1,
  presence_penalty: 0,
  prompt: "Hello!",
  seed: 123,
  stop: ["stop", "halt"],
  stream: true,
  suffix: "\n",
  temperature: 0.7,
  top_p: 1,
  user: "user-1234",
} satisfies CreateCompletionsStreamRequest;

/** Each example with the spec schema it is an instance of. */
export const seedExamples = [
  ["CreateChatCompletionStreamRequest", chatStreamRequest000],
  ["CreateChatCompletionRequest", chatRequest001],
  ["CreateChatCompletionRequest", chatRequest002],
  ["CreateChatCompletionStreamRequest", chatStreamRequest002],
  ["CompletionRequest", completionRequest003],
  ["CreateCompletionsStreamRequest", completionStreamRequest004],
] as const;
