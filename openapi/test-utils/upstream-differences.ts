import { readFileSync } from "node:fs";
import { schemaFacts, type PropertyFact, type SchemaFacts } from "../../scripts/lib/schema-facts.ts";
import { listOperations, type SpecNode } from "../../scripts/lib/spec.ts";
import { UPSTREAM_FACTS_PATH, type UpstreamFacts } from "../../scripts/upstream-spec-facts.ts";

/** The committed facts of atoma-proxy's own spec (openapi/sources/README.md says how to refresh them). */
export function loadUpstreamFacts(): UpstreamFacts {
  return JSON.parse(readFileSync(UPSTREAM_FACTS_PATH, "utf8")) as UpstreamFacts;
}

/** One way our spec differs from the upstream one, and the `x-seed-deviation`s that explain it. */
export interface UpstreamDifference {
  /** `operationId request|response path`, or `operationId` alone for the operation itself. */
  where: string;
  problem: string;
  /** Pointers of the nodes of our spec whose `x-seed-deviation` covers it; empty if none does. */
  deviations: string[];
}

/** The suffix by which the upstream spec names the streaming twin of an operation. */
const STREAM = "#stream";

/** Every difference between the upstream facts and our spec, explained or not. */
export function upstreamDifferences(spec: SpecNode, upstream: UpstreamFacts): UpstreamDifference[] {
  const ours = listOperations(spec);
  return upstream.operations.flatMap((theirs) => {
    const streaming = theirs.path.endsWith(STREAM);
    const path = streaming ? theirs.path.slice(0, -STREAM.length) : theirs.path;
    const found = ours.find((op) => op.path === path && op.method === theirs.method.toLowerCase());
    const pointer = `#/paths/${path.replaceAll("/", "~1")}/${theirs.method.toLowerCase()}`;
    if (!found) return [{ where: theirs.operationId, problem: "missing operation", deviations: [] }];
    const operation = found.operation;
    const differences: UpstreamDifference[] = [];
    const opDeviation = operation["x-seed-deviation"] ? [pointer] : [];
    // Upstream gives each stream a pseudo-path of its own; ours answers both on one operation.
    if (streaming || operation.operationId !== theirs.operationId) {
      differences.push({
        where: theirs.operationId,
        problem: `is ${operation.operationId} at ${theirs.method} ${path}`,
        deviations: opDeviation,
      });
    }
    if (
      theirs.security !==
      (operation.security ?? spec.security ?? []).some((s: SpecNode) => Object.keys(s).length)
    ) {
      differences.push({ where: theirs.operationId, problem: "security differs", deviations: opDeviation });
    }
    const requestFacts = theirs.request ? upstream.schemas[theirs.request] : undefined;
    if (requestFacts) {
      const schema = requestSchema(operation, streaming, pointer);
      differences.push(
        ...compare(`${theirs.operationId} request`, requestFacts, schemaFacts(spec, ...schema)),
      );
    }
    const [media, name] = Object.entries(theirs.responses["200"] ?? {})[0] ?? [];
    const responseFacts = name ? upstream.schemas[name] : undefined;
    if (media && responseFacts) {
      const schema = responseSchema(operation, media, pointer);
      const theirsUnwrapped = media === "text/event-stream" ? unwrapEvent(responseFacts) : responseFacts;
      differences.push(
        ...compare(`${theirs.operationId} response`, theirsUnwrapped, schemaFacts(spec, ...schema)),
      );
    }
    return differences;
  });
}

/** Our request body for the plain or the streaming twin: the `oneOf` alternative whose `stream` fits. */
function requestSchema(operation: SpecNode, streaming: boolean, pointer: string): [SpecNode, string] {
  const schema: SpecNode = operation.requestBody.content["application/json"].schema;
  const base = `${pointer}/requestBody/content/application~1json/schema`;
  if (!schema.oneOf) return [schema, base];
  return [schema.oneOf[streaming ? 1 : 0], `${base}/oneOf/${streaming ? 1 : 0}`];
}

/** Our 200 body of that media type; for a stream, the schema of one event (the streaming convention). */
function responseSchema(operation: SpecNode, media: string, pointer: string): [SpecNode, string] {
  const schema: SpecNode = operation.responses["200"].content[media].schema;
  const base = `${pointer}/responses/200/content/${media.replace("/", "~1")}/schema`;
  return media === "text/event-stream" ? [schema.items, `${base}/items`] : [schema, base];
}

/**
 * Upstream wraps each event as `{data: <payload>}`, which only names the `data:` line of the event;
 * our spec describes the payload itself (its streaming convention), so the wrapper is peeled off.
 */
function unwrapEvent(facts: SchemaFacts): SchemaFacts {
  if (facts.required.join() !== "data") return facts;
  const properties = Object.fromEntries(
    Object.entries(facts.properties)
      .filter(([path]) => path.startsWith("data."))
      .map(([path, fact]) => [path.slice("data.".length), fact]),
  );
  const required = Object.keys(properties).filter(
    (path) => !/[.[{<]/.test(path) && properties[path]!.required,
  );
  return { type: facts.properties.data!.type, required, properties };
}

type Segment = string;

/** `a.b[]<role=tool>.c` as `["a", "b", "[]", "<role=tool>", "c"]`. */
function segments(path: string): Segment[] {
  return path.match(/\[\]|\{\}|<[^>]*>|[^.[{<]+/g) ?? [];
}

const isVariant = (segment: Segment | undefined) => segment?.startsWith("<") ?? false;

/**
 * Whether our path names the same property as theirs. A union one side splits by a pinned property
 * and the other merges (or does not have) matches every alternative: the variant step is skipped.
 */
function samePath(theirs: Segment[], ours: Segment[]): boolean {
  if (theirs.length === 0 || ours.length === 0) {
    return theirs.every(isVariant) && ours.every(isVariant);
  }
  const [t, ...tRest] = theirs;
  const [o, ...oRest] = ours;
  if (isVariant(t) && isVariant(o)) return t === o && samePath(tRest, oRest);
  if (isVariant(t)) return samePath(tRest, ours);
  if (isVariant(o)) return samePath(theirs, oRest);
  return t === o && samePath(tRest, oRest);
}

function matching(ours: SchemaFacts, path: Segment[]): PropertyFact[] {
  return Object.entries(ours.properties)
    .filter(([candidate]) => samePath(path, segments(candidate)))
    .map(([, fact]) => fact);
}

/** The `x-seed-deviation`s at the deepest of our paths that exist along theirs (for a missing one). */
function nearestDeviations(ours: SchemaFacts, path: Segment[]): string[] {
  for (let length = path.length - 1; length > 0; length--) {
    const found = matching(ours, path.slice(0, length));
    if (found.length) return found.flatMap((fact) => fact.deviations ?? []);
  }
  return [];
}

function compare(where: string, theirs: SchemaFacts, ours: SchemaFacts): UpstreamDifference[] {
  return [...compareTheirs(where, theirs, ours), ...requiredOnlyHere(where, theirs, ours)];
}

/** A property ours requires inside an object upstream describes, where upstream has no such property. */
function requiredOnlyHere(where: string, theirs: SchemaFacts, ours: SchemaFacts): UpstreamDifference[] {
  return Object.entries(ours.properties).flatMap(([path, fact]) => {
    const parts = segments(path);
    if (!fact.required || isVariant(parts.at(-1)) || parts.at(-1) === "[]" || parts.at(-1) === "{}")
      return [];
    if (matching(theirs, parts).length) return [];
    const parent = parts.slice(0, -1);
    const parentKnown = parent.length === 0 || matching(theirs, parent).length > 0;
    if (!parentKnown) return [];
    return [
      {
        where: `${where} ${path}`,
        problem: "required here, absent upstream",
        deviations: fact.deviations ?? [],
      },
    ];
  });
}

function compareTheirs(where: string, theirs: SchemaFacts, ours: SchemaFacts): UpstreamDifference[] {
  return Object.entries(theirs.properties).flatMap(([path, fact]) => {
    const parts = segments(path);
    if (isVariant(parts.at(-1))) return [];
    const found = matching(ours, parts);
    if (!found.length) {
      return [{ where: `${where} ${path}`, problem: "missing", deviations: nearestDeviations(ours, parts) }];
    }
    const type = [...new Set(found.flatMap((one) => one.type))].sort();
    const required = found.every((one) => one.required);
    const deviations = found.flatMap((one) => one.deviations ?? []);
    const problems: string[] = [];
    // utoipa writes `{}` for a free-form value: it constrains nothing to compare against.
    if (!fact.type.includes("any") && type.join() !== fact.type.join()) {
      problems.push(`type is ${type.join("|")}, upstream ${fact.type.join("|")}`);
    }
    if (required !== fact.required) problems.push(`required is ${required}, upstream ${fact.required}`);
    return problems.map((problem) => ({ where: `${where} ${path}`, problem, deviations }));
  });
}
