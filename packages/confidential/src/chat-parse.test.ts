// chat.parse, and chat.stream of a schema, on the confidential client and on withVerification, against the
// mock server in-process and over loopback: the same shared parse, on decrypted or verified answers, which
// keep their verification.
import { isParseError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isIntegrityError } from "./errors.js";
import { MODEL, runWith, SETUPS } from "./test-utils/mock-client.js";
import { editPayloads, rewriteBodies } from "./test-utils/rewrite.js";
import { verificationOf } from "./verification/verification.js";
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
    "secure.chat.stream of a schema: partial objects as the decrypted answer arrives, then parsed",
    run(async ({ secure, server }) => {
      const stream = await secure.chat.stream(params);
      const partials: unknown[] = [];
      for await (const partial of stream.partialObjects) partials.push(partial);
      const completion = await stream.finalCompletion();
      expect(completion.choices[0]?.message.parsed).toEqual(want);
      expect(partials.length).toBeGreaterThan(1);
      expect(partials.at(-1)).toEqual(want);
      expect(server.requests.at(-1)?.path).toBe("/v1/confidential/chat/completions");
    }),
  );

  it(
    "withVerification(atoma).chat.stream of a schema: every chunk verified, then parsed",
    run(async ({ atoma, server }) => {
      const verified = withVerification(atoma, { trustedSigners: [server.signer.address] });
      const stream = await verified.chat.stream(params);
      const signers = new Set<string | undefined>();
      for await (const chunk of stream) signers.add(verificationOf(chunk)?.signer);
      const completion = await stream.finalCompletion();
      expect(completion.choices[0]?.message.parsed).toEqual(want);
      expect([...signers]).toEqual([server.signer.address]);
      expect((server.requests.at(-1)?.body as any).response_format.json_schema.schema).toEqual(
        z.toJSONSchema(Weather, { io: "input" }),
      );
    }),
  );

  it(
    "a secure stream whose answer fails the schema rejects finalCompletion() with a ParseError",
    run(async ({ secure }) => {
      const Strict = z.object({ city: z.string().length(2) });
      const stream = await secure.chat.stream({ ...params, response_format: Strict });
      const error = await stream.finalCompletion().catch((error: unknown) => error);
      expect(isParseError(error) && error.type).toBe("invalid");
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("Lisbon");
    }),
  );

  it(
    "a schema without a JSON Schema rejects the stream before anything is sent",
    run(async ({ secure, server }) => {
      const sent = server.requests.length;
      const noJsonSchema = {
        "~standard": { version: 1, vendor: "hand", validate: (value: unknown) => ({ value }) },
      };
      const error = await secure.chat
        .stream({ ...params, response_format: noJsonSchema as never })
        .catch((error: unknown) => error);
      expect(isParseError(error) && error.type).toBe("no-json-schema");
      expect(server.requests.length).toBe(sent);
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
