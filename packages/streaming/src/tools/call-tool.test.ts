// callTool on its own: each way a call is answered, as given/want rows.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { callTool } from "./call-tool.js";
import { tool, type Tool } from "./tool.js";

const circular: Record<string, unknown> = {};
circular.self = circular;

const tools = new Map<string, Tool>(
  [
    tool({
      name: "echo",
      parameters: z.object({ value: z.unknown().optional() }),
      run: ({ value }) => value,
    }),
    tool({
      name: "fails",
      parameters: z.object({}),
      run: () => {
        throw new RangeError("the river is too high");
      },
    }),
    tool({ name: "no_args", parameters: z.object({}).strict(), run: () => "ok" }),
    tool({
      name: "typed",
      parameters: z.object({ city: z.string(), days: z.array(z.int()).min(1) }),
      run: ({ city, days }) => `${city}: ${days.length}`,
    }),
  ].map((entry) => [entry.name, entry as Tool]),
);

const call = (name: string, args: string) => ({
  id: "call_1",
  type: "function" as const,
  function: { name, arguments: args },
});

describe("callTool", () => {
  const rows: { given: [string, string]; want: { content: string; isError: boolean } }[] = [
    { given: ["echo", '{"value":"text"}'], want: { content: "text", isError: false } },
    { given: ["echo", '{"value":{"celsius":21}}'], want: { content: '{"celsius":21}', isError: false } },
    { given: ["echo", '{"value":[1,null]}'], want: { content: "[1,null]", isError: false } },
    { given: ["echo", "{}"], want: { content: "", isError: false } },
    { given: ["no_args", ""], want: { content: "ok", isError: false } },
    { given: ["typed", '{"city":"Porto","days":[1,2]}'], want: { content: "Porto: 2", isError: false } },
    {
      given: ["typed", '{"city":7,"days":[]}'],
      want: {
        content: expect.stringMatching(/^Error: invalid arguments for typed: city: .+; days: .+$/),
        isError: true,
      },
    },
    {
      given: ["no_args", '{"extra":1}'],
      want: {
        content: expect.stringMatching(/^Error: invalid arguments for no_args: \(root\): /),
        isError: true,
      },
    },
    {
      given: ["typed", '{"city": "Por'],
      want: { content: "Error: the arguments of typed are not valid JSON", isError: true },
    },
    {
      given: ["weather", "{}"],
      want: {
        content: 'Error: there is no tool "weather"; the tools are: echo, fails, no_args, typed',
        isError: true,
      },
    },
    { given: ["fails", "{}"], want: { content: "Error: the river is too high", isError: true } },
  ];
  for (const { given, want } of rows) {
    it(`${given[0]}(${given[1]})`, async () => {
      expect(await callTool(tools, call(...given), new AbortController().signal)).toMatchObject(want);
    });
  }

  it("gives what run threw as `error`, and a result that is not JSON as an error", async () => {
    const thrown = await callTool(tools, call("fails", "{}"), new AbortController().signal);
    expect(thrown.error).toBeInstanceOf(RangeError);
    const loop = new Map<string, Tool>([
      ["loop", tool({ name: "loop", parameters: z.object({}), run: () => circular })],
    ]);
    expect(await callTool(loop, call("loop", "{}"), new AbortController().signal)).toMatchObject({
      content: "Error: the tool's result cannot be written as JSON",
      isError: true,
    });
  });

  it("gives what the schema threw as an error result, never a rejection", async () => {
    const refused = new Map<string, Tool>([
      [
        "strict",
        tool({
          name: "strict",
          parameters: z.object({ city: z.string() }).refine(() => {
            throw new TypeError("the refinement broke");
          }),
          run: () => "never",
        }),
      ],
    ]);
    const outcome = await callTool(refused, call("strict", '{"city":"Porto"}'), new AbortController().signal);
    expect(outcome).toMatchObject({ content: "Error: the refinement broke", isError: true });
    expect(outcome.error).toBeInstanceOf(TypeError);
  });

  it("gives run the validated arguments (the schema's output), the signal and the call", async () => {
    const seen: unknown[] = [];
    const signal = new AbortController().signal;
    const trimmed = tool({
      name: "trimmed",
      parameters: z.object({ city: z.string().trim().toUpperCase() }),
      run: (args, context) => void seen.push(args, context),
    });
    const made = call("trimmed", '{"city":"  porto "}');
    await callTool(new Map([["trimmed", trimmed as Tool]]), made, signal);
    expect(seen).toEqual([{ city: "PORTO" }, { signal, call: made }]);
  });
});
