// chat.runTools on the confidential client and on withVerification, against the mock server in-process
// and over loopback: the same shared loop, every model call encrypted or verified, plain and streamed.
import { isAPIUserAbortError } from "@atoma-ts/client";
import { tool, type ToolRunEvent } from "@atoma-ts/streaming";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isIntegrityError } from "./errors.js";
import { CANARY, MODEL, runWith, SETUPS, trafficOf } from "./test-utils/mock-client.js";
import { editPayloads, rewriteBodies } from "./test-utils/rewrite.js";
import { verificationOf } from "./verification/verification.js";
import { withVerification } from "./verification/with-verification.js";

const messages = [{ role: "user" as const, content: `The weather in ${CANARY} Lisbon` }];

function weatherTool(cities: string[]) {
  return tool({
    name: "get_weather",
    parameters: z.object({ city: z.string() }),
    run: ({ city }) => {
      cities.push(city);
      return { city, celsius: 21 };
    },
  });
}

const completionsOf = (events: ToolRunEvent[]) =>
  events.flatMap((event) => (event.type === "completion" ? [event.completion] : []));

describe.each(Object.entries(SETUPS))("chat.runTools %s", (_, makeSetup) => {
  const run = runWith(makeSetup);

  for (const stream of [false, true]) {
    it(
      `secure.chat.runTools${stream ? ", streamed" : ""}: every round locked, sealed, decrypted and verified`,
      run(async ({ secure, server }) => {
        const cities: string[] = [];
        const toolRun = secure.chat.runTools({
          model: MODEL,
          messages,
          tools: [weatherTool(cities)],
          stream,
        });
        const events: ToolRunEvent[] = [];
        for await (const event of toolRun) events.push(event);
        expect(cities).toEqual(["Lisbon"]);
        expect(await toolRun.finalContent()).toContain(`You said: "The weather in ${CANARY} Lisbon"`);
        expect(trafficOf(server)).toEqual([
          "200 /v1/nodes/lock",
          "200 /v1/confidential/chat/completions",
          "200 /v1/nodes/lock",
          "200 /v1/confidential/chat/completions",
        ]);
        // The tool's result went back sealed: the mock can only answer once it decrypted it.
        expect(toolRun.messages.at(-2)).toMatchObject({
          role: "tool",
          content: '{"city":"Lisbon","celsius":21}',
        });
        if (stream) expect(events.some((event) => event.type === "text")).toBe(true);
        else {
          for (const completion of completionsOf(events))
            expect(verificationOf(completion)?.signer).toBe(server.signer.address);
        }
      }),
    );

    it(
      `withVerification(atoma).chat.runTools${stream ? ", streamed" : ""}: every answer verified`,
      run(async ({ atoma, server }) => {
        const cities: string[] = [];
        const verified = withVerification(atoma, { trustedSigners: [server.signer.address] });
        const toolRun = verified.chat.runTools({
          model: MODEL,
          messages,
          tools: [weatherTool(cities)],
          stream,
        });
        expect(await toolRun.finalContent()).toContain("You said");
        expect(cities).toEqual(["Lisbon"]);
        expect(trafficOf(server)).toEqual(["200 /v1/chat/completions", "200 /v1/chat/completions"]);
      }),
    );

    it(
      `a changed answer${stream ? " chunk" : ""} fails the run with an IntegrityError, and no tool runs`,
      run(
        async ({ atoma }) => {
          const cities: string[] = [];
          const toolRun = withVerification(atoma).chat.runTools({
            model: MODEL,
            messages,
            tools: [weatherTool(cities)],
            stream,
          });
          const error = await toolRun.finalCompletion().catch((error: unknown) => error);
          expect(isIntegrityError(error)).toBe(true);
          expect(cities).toEqual([]);
        },
        {
          wrap: rewriteBodies("/v1/chat/completions", (text) =>
            editPayloads(text, (payload) => {
              payload.id = "chatcmpl-forged";
            }),
          ),
        },
      ),
    );
  }

  it(
    "an abort while a tool runs stops the confidential run: no further lock or request",
    run(async ({ secure, server }) => {
      const controller = new AbortController();
      const stuck = tool({
        name: "get_weather",
        parameters: z.object({ city: z.string() }),
        run: () => {
          controller.abort();
          return new Promise(() => {});
        },
      });
      const toolRun = secure.chat.runTools(
        { model: MODEL, messages, tools: [stuck], stream: true },
        { signal: controller.signal },
      );
      await expect(toolRun.finalCompletion()).rejects.toSatisfy(isAPIUserAbortError);
      expect(trafficOf(server)).toEqual(["200 /v1/nodes/lock", "200 /v1/confidential/chat/completions"]);
    }),
  );
});
