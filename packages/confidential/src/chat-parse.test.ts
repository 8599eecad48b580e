// chat.parse on the confidential client and on withVerification, against the mock server in-process and
// over loopback: the same shared parse, on decrypted or verified answers, which keep their verification.
import { isParseError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isIntegrityError } from "./errors.js";
import { MODEL, runWith, SETUPS } from "./test-utils/mock-client.js";
import { editPayloads, rewriteBodies } from "./test-utils/rewrite.js";
import { withVerification } from "./verification/with-verification.js";

const Weather = z.object({ city: z.string(), celsius: z.number(), rain: z.boolean() });
const params = {
  model: MODEL,
  messages: [{ role: "user" as const, content: "The weather in Lisbon" }],
  response_format: Weather,
};
const want = { city: "Lisbon", celsius: 1, rain: true };

describe.each(Object.entries(SETUPS))("chat.parse %s", (_, makeSetup) => {
  const run = runWith(makeSetup);

  it(
    "secure.chat.parse: the answer decrypted, verified and parsed",
    run(async ({ secure, server }) => {
      const completion = await secure.chat.parse(params);
      expect(completion.choices[0]?.message.parsed).toEqual(want);
      expect(completion.verification.signer).toBe(server.signer.address);
      expect(server.requests.at(-1)?.path).toBe("/v1/confidential/chat/completions");
    }),
  );

  it(
    "withVerification(atoma).chat.parse: the body verified, then parsed; the JSON Schema is zod's",
    run(async ({ atoma, server }) => {
      const verified = withVerification(atoma, { trustedSigners: [server.signer.address] });
      const completion = await verified.chat.parse(params);
      expect(completion.choices[0]?.message.parsed).toEqual(want);
      expect(completion.verification.signer).toBe(server.signer.address);
      expect((server.requests.at(-1)?.body as any).response_format.json_schema.schema).toEqual(
        z.toJSONSchema(Weather, { io: "input" }),
      );
    }),
  );

  it(
    "a secure answer that fails the schema is a ParseError with its content, which is not logged",
    run(async ({ secure }) => {
      const Strict = z.object({ city: z.string().length(2) });
      const error = await secure.chat
        .parse({ ...params, response_format: Strict })
        .catch((error: unknown) => error);
      expect(isParseError(error) && error.type).toBe("invalid");
      expect(isParseError(error) && error.content).toBe('{"city":"Lisbon"}');
      // The decrypted answer is the caller's to read, never in what gets logged.
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("Lisbon");
    }),
  );

  it(
    "a changed verified answer is an IntegrityError, never parsed",
    run(
      async ({ atoma }) => {
        const error = await withVerification(atoma)
          .chat.parse(params)
          .catch((error: unknown) => error);
        expect(isIntegrityError(error)).toBe(true);
      },
      {
        wrap: rewriteBodies("/v1/chat/completions", (text) =>
          editPayloads(text, (payload: any) => {
            payload.choices[0].message.content = '{"city":"Paris","celsius":1,"rain":true}';
          }),
        ),
      },
    ),
  );
});
