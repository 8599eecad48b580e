import { describe, expect, it } from "vitest";
import { generateServerSpec } from "./generate-server-spec.ts";
import { describeOperations } from "./lib/operation-entry.ts";
import { loadSpec } from "./lib/spec.ts";

const spec = loadSpec();
const source = generateServerSpec(spec, describeOperations(spec));
/** The emitted operation table, after the copy of the document (which names client resources). */
const table = source.slice(source.indexOf("export const operations"));

describe("the mock server's spec", () => {
  it("names the plain operations apart, so the server's handler map must cover them all", () => {
    const plain = /export type PlainOperationId = (.*);/.exec(source)?.[1];
    expect(plain).toContain(`"chat_completions_create"`);
    expect(plain).toContain(`"nodes_create_lock"`);
    expect(plain).not.toContain("confidential_");
  });

  it("says `public` and `chunk`, as the client's table and the entries do", () => {
    expect(table).toContain(`"operationId":"health","method":"GET","path":"/health","public":true`);
    expect(table).toContain(`"chunk":"ChatCompletionChunk"`);
    expect(table).not.toMatch(/needsAuth|"resource"/);
  });
});
