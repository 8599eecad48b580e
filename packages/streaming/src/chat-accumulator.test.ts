import { describe, expect, it } from "vitest";
import { createChatAccumulator } from "./chat-accumulator.js";
import type { ChatCompletionChunk, ChatCompletionResponse } from "./stream-types.js";

type Choice = ChatCompletionChunk["choices"][number];
const base = { id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m" } as const;
const chunk = (choices: Choice[], extra: Partial<ChatCompletionChunk> = {}): ChatCompletionChunk => ({
  ...base,
  choices,
  ...extra,
});
const delta = (index: number, d: Choice["delta"], extra: Partial<Choice> = {}): Choice => ({
  index,
  delta: d,
  ...extra,
});
const usage = { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 };
const head = { id: "chatcmpl-1", object: "chat.completion", created: 1, model: "m" } as const;
const logprob = (token: string) => ({ token, logprob: -0.5, top_logprobs: [] });

const rows: {
  name: string;
  given: ChatCompletionChunk[];
  want: ChatCompletionResponse | undefined;
  finished: boolean;
}[] = [
  { name: "nothing", given: [], want: undefined, finished: false },
  {
    name: "content joined, role, finish reason, usage, fingerprint",
    given: [
      chunk([delta(0, { role: "assistant", content: "" })]),
      chunk([delta(0, { content: "Hé" })]),
      chunk([delta(0, { content: "llo 🚀" })], { system_fingerprint: "fp" }),
      chunk([delta(0, {}, { finish_reason: "stop" })]),
      chunk([], { usage }),
    ],
    want: {
      ...head,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Héllo 🚀" },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage,
      system_fingerprint: "fp",
    },
    finished: true,
  },
  {
    name: "reasoning joined apart from content",
    given: [
      chunk([delta(0, { reasoning_content: "think " })]),
      chunk([delta(0, { reasoning_content: "more" })]),
      chunk([delta(0, { content: "42" }, { finish_reason: "stop" })]),
    ],
    want: {
      ...head,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "42", reasoning_content: "think more" },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
    },
    finished: true,
  },
  {
    name: "tool calls merged by index: id, type, name from the first piece, arguments concatenated",
    given: [
      chunk([delta(0, { role: "assistant", content: "" })]),
      chunk([
        delta(0, {
          tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "f", arguments: "" } }],
        }),
      ]),
      chunk([
        delta(0, {
          tool_calls: [
            { index: 1, id: "call_b", type: "function", function: { name: "g", arguments: '{"x"' } },
          ],
        }),
      ]),
      chunk([delta(0, { tool_calls: [{ index: 0, function: { arguments: '{"a":' } }] })]),
      chunk([delta(0, { tool_calls: [{ index: 1, function: { arguments: ":2}" } }] })]),
      chunk([delta(0, { tool_calls: [{ index: 0, function: { arguments: "1}" } }] })]),
      chunk([delta(0, {}, { finish_reason: "tool_calls" })]),
    ],
    want: {
      ...head,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            tool_calls: [
              { id: "call_a", type: "function", function: { name: "f", arguments: '{"a":1}' } },
              { id: "call_b", type: "function", function: { name: "g", arguments: '{"x":2}' } },
            ],
          },
          finish_reason: "tool_calls",
          logprobs: null,
        },
      ],
    },
    finished: true,
  },
  {
    name: "choices by index, in any order; one unfinished",
    given: [
      chunk([delta(1, { content: "b" }), delta(0, { content: "a" })]),
      chunk([delta(1, {}, { finish_reason: "length", stop_reason: 7 })]),
    ],
    want: {
      ...head,
      choices: [
        { index: 0, message: { role: "assistant", content: "a" }, finish_reason: null, logprobs: null },
        {
          index: 1,
          message: { role: "assistant", content: "b" },
          finish_reason: "length",
          stop_reason: 7,
          logprobs: null,
        },
      ],
    },
    finished: false,
  },
  {
    name: "logprobs.content concatenated",
    given: [
      chunk([delta(0, { content: "a" }, { logprobs: { content: [logprob("a")] } })]),
      chunk([delta(0, { content: "b" }, { logprobs: { content: [logprob("b")] } })]),
      chunk([delta(0, {}, { finish_reason: "stop", logprobs: null })]),
    ],
    want: {
      ...head,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "ab" },
          finish_reason: "stop",
          logprobs: { content: [logprob("a"), logprob("b")] },
        },
      ],
    },
    finished: true,
  },
  {
    name: "usage alone is not a finished answer",
    given: [chunk([], { usage })],
    want: { ...head, choices: [], usage },
    finished: false,
  },
];

describe("createChatAccumulator", () => {
  it.each(rows)("$name", ({ given, want, finished }) => {
    const chat = createChatAccumulator();
    for (const piece of given) chat.add(piece);
    expect(chat.result()).toEqual(want);
    expect(chat.finished()).toBe(finished);
  });

  it("leaves the chunks as they were and returns a new result each time", () => {
    const chat = createChatAccumulator();
    const pieces = [
      chunk([
        delta(0, {
          tool_calls: [{ index: 0, id: "c", type: "function", function: { name: "f", arguments: "{" } }],
        }),
      ]),
      chunk([delta(0, { tool_calls: [{ index: 0, function: { arguments: "}" } }] })]),
    ];
    const copy = structuredClone(pieces);
    chat.add(pieces[0]!);
    const before = chat.result();
    chat.add(pieces[1]!);
    expect(pieces).toEqual(copy);
    expect(before?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe("{");
    expect(chat.result()?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe("{}");
  });
});
