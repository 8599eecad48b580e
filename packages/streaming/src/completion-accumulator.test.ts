import { describe, expect, it } from "vitest";
import { createCompletionAccumulator } from "./completion-accumulator.js";
import type { CompletionChunk, CompletionsResponse } from "./stream-types.js";

type Choice = CompletionChunk["choices"][number];
const chunk = (choices: Choice[], extra: Partial<CompletionChunk> = {}): CompletionChunk => ({
  id: "cmpl-1",
  object: "text_completion",
  created: 1,
  model: "m",
  choices,
  ...extra,
});
const usage = { prompt_tokens: 2, completion_tokens: 3, total_tokens: 5 };
const head = { id: "cmpl-1", object: "text_completion", created: 1, model: "m" } as const;

const rows: {
  name: string;
  given: CompletionChunk[];
  want: CompletionsResponse | undefined;
  finished: boolean;
}[] = [
  { name: "nothing", given: [], want: undefined, finished: false },
  {
    name: "text joined, finish reason, usage",
    given: [
      chunk([{ index: 0, text: " there", finish_reason: null }]),
      chunk([{ index: 0, text: " was ✓", finish_reason: null }], { system_fingerprint: "fp" }),
      chunk([{ index: 0, text: "", finish_reason: "length" }]),
      chunk([], { usage }),
    ],
    want: {
      ...head,
      system_fingerprint: "fp",
      choices: [{ index: 0, text: " there was ✓", finish_reason: "length", logprobs: null }],
      usage,
    },
    finished: true,
  },
  {
    name: "logprobs arrays concatenated, two choices",
    given: [
      chunk([
        {
          index: 1,
          text: "b",
          // @ts-expect-error: a server that leaves an array out (top_logprobs) adds nothing to it
          logprobs: { tokens: ["b"], token_logprobs: [-1], text_offset: [0] },
        },
      ]),
      chunk([{ index: 0, text: "a", finish_reason: "stop" }]),
      chunk([
        {
          index: 1,
          text: "c",
          logprobs: { tokens: ["c"], token_logprobs: [-2], text_offset: [1], top_logprobs: [null] },
        },
      ]),
      chunk([{ index: 1, text: "", finish_reason: "stop", stop_reason: "\n" }]),
    ],
    want: {
      ...head,
      choices: [
        { index: 0, text: "a", finish_reason: "stop", logprobs: null },
        {
          index: 1,
          text: "bc",
          finish_reason: "stop",
          stop_reason: "\n",
          logprobs: {
            tokens: ["b", "c"],
            token_logprobs: [-1, -2],
            text_offset: [0, 1],
            top_logprobs: [null],
          },
        },
      ],
    },
    finished: true,
  },
  {
    name: "a choice without its finish reason",
    given: [chunk([{ index: 0, text: "half" }])],
    want: { ...head, choices: [{ index: 0, text: "half", finish_reason: null, logprobs: null }] },
    finished: false,
  },
];

describe("createCompletionAccumulator", () => {
  it.each(rows)("$name", ({ given, want, finished }) => {
    const completion = createCompletionAccumulator();
    for (const piece of given) completion.add(piece);
    expect(completion.result()).toEqual(want);
    expect(completion.finished()).toBe(finished);
  });
});
