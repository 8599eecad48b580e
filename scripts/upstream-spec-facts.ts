/**
 * Writes `openapi/sources/upstream-proxy.json`: the facts of atoma-proxy's own OpenAPI document
 * (`atoma-proxy/docs/openapi.yml` in github.com/atoma-network/atoma-proxy) that `openapi/upstream.test.ts`
 * holds our spec to. Run it with the path of that file and the commit it was read at:
 *
 *   tsx scripts/upstream-spec-facts.ts <openapi.yml> <commit>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { formatJson } from "./lib/format.ts";
import { schemaFacts, type SchemaFacts } from "./lib/schema-facts.ts";
import { HTTP_METHODS, schemaNameOf, type SpecNode } from "./lib/spec.ts";

export const UPSTREAM_FACTS_PATH = fileURLToPath(
  new URL("../openapi/sources/upstream-proxy.json", import.meta.url),
);

/** One operation of the upstream document: its bodies by schema name (`null`: no schema given). */
export interface UpstreamOperation {
  method: string;
  path: string;
  operationId: string;
  security: boolean;
  request?: string | null;
  responses: Record<string, Record<string, string | null>>;
}

/** What `openapi/sources/upstream-proxy.json` holds. */
export interface UpstreamFacts {
  source: string;
  commit: string;
  operations: UpstreamOperation[];
  schemas: Record<string, SchemaFacts>;
}

/** The facts of an upstream OpenAPI document. */
export function upstreamFacts(doc: SpecNode, commit: string): UpstreamFacts {
  const operations = Object.entries(doc.paths as SpecNode).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method): UpstreamOperation => {
      const operation = item[method] as SpecNode;
      const request = Object.values(operation.requestBody?.content ?? {})[0] as SpecNode | undefined;
      return {
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        security: (operation.security ?? doc.security ?? []).length > 0,
        ...(request ? { request: nameOf(request.schema) } : {}),
        responses: Object.fromEntries(
          Object.entries(operation.responses ?? {}).map(([status, response]) => [
            status,
            Object.fromEntries(
              Object.entries((response as SpecNode).content ?? {}).map(([type, media]) => [
                type,
                nameOf((media as SpecNode).schema),
              ]),
            ),
          ]),
        ),
      };
    }),
  );
  const schemas = Object.fromEntries(
    Object.entries(doc.components.schemas as SpecNode).map(([name, schema]) => [
      name,
      schemaFacts(doc, schema, `#/components/schemas/${name}`),
    ]),
  );
  return { source: "atoma-network/atoma-proxy atoma-proxy/docs/openapi.yml", commit, operations, schemas };
}

/** The schema a body refers to; `null` for none (`{}` or no schema: open_router_models_list). */
function nameOf(schema: SpecNode | undefined): string | null {
  if (!schema || Object.keys(schema).length === 0) return null;
  const name = schemaNameOf(schema);
  if (!name) throw new Error(`an operation body that is not a $ref: ${JSON.stringify(schema)}`);
  return name;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [path, commit] = process.argv.slice(2);
  if (!path || !commit || !/^[0-9a-f]{40}$/.test(commit)) {
    console.error("usage: tsx scripts/upstream-spec-facts.ts <atoma-proxy/docs/openapi.yml> <40-hex commit>");
    process.exit(2);
  }
  const facts = upstreamFacts(parse(readFileSync(path, "utf8")) as SpecNode, commit);
  writeFileSync(UPSTREAM_FACTS_PATH, await formatJson(facts));
  console.log(
    `wrote ${UPSTREAM_FACTS_PATH}: ${facts.operations.length} operations, ${Object.keys(facts.schemas).length} schemas`,
  );
}
