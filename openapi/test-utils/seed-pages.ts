import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SOURCES = fileURLToPath(new URL("../sources/", import.meta.url));

/** A documented type, as a page writes it, parsed. */
export type SeedType =
  | { kind: "any" }
  | { kind: "primitive"; name: "string" | "boolean" | "integer" | "number" | "numeric" }
  | { kind: "array"; items: SeedType }
  | { kind: "map"; values: SeedType }
  | { kind: "ref"; name: string };

/** One row of a page's field table, in wire format. */
export interface SeedField {
  page: string;
  name: string;
  type: SeedType;
  /** Only Python pages say: `OptionalNullable[...]` vs `Optional[...]`; undefined elsewhere. */
  nullable: boolean | undefined;
  required: boolean;
  deprecated: boolean;
}

/** Reads the field tables of a page, in order (the Python chat page has one per operation). */
export function readFieldTables(file: string): SeedField[][] {
  const lines = readFileSync(SOURCES + file, "utf8").split("\n");
  const tables: SeedField[][] = [];
  let current: SeedField[] | undefined;
  for (const line of lines) {
    const cells = line.startsWith("|") ? splitRow(line) : undefined;
    if (!cells) {
      current = undefined;
    } else if (/^(Field|Parameter)$/.test(cells[0]!)) {
      current = [];
      tables.push(current);
    } else if (current && !/^-+$/.test(cells[0]!)) {
      current.push(parseRow(file, cells));
    }
  }
  return tables;
}

function splitRow(line: string): string[] {
  return line
    .slice(1, line.lastIndexOf("|"))
    .split("|")
    .map((cell) => cell.trim());
}

function parseRow(page: string, [field, type, required, description]: string[]): SeedField {
  const deprecated = field!.startsWith("~~") || /DEPRECATED/.test(description!);
  const name = toSnakeCase(field!.replaceAll("~", "").replaceAll("`", ""));
  const written = stripMarkdown(type!);
  const nullable = /^OptionalNullable\[/.test(written)
    ? true
    : /^Optional\[/.test(written)
      ? false
      : undefined;
  return {
    page,
    name,
    type: parseType(written),
    nullable,
    required: required === ":heavy_check_mark:",
    deprecated,
  };
}

/** TypeScript pages write camelCase; the wire (and the Python pages) is snake_case. */
function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `[text](link)` becomes `text`; emphasis stars go. */
function stripMarkdown(type: string): string {
  return type
    .replace(/\[([^\]]*\]?)\]\([^)]*\)/g, "$1")
    .replaceAll("*", "")
    .trim();
}

const PRIMITIVES: Record<string, SeedType> = {
  any: { kind: "any" },
  Any: { kind: "any" },
  str: { kind: "primitive", name: "string" },
  string: { kind: "primitive", name: "string" },
  bool: { kind: "primitive", name: "boolean" },
  boolean: { kind: "primitive", name: "boolean" },
  int: { kind: "primitive", name: "integer" },
  float: { kind: "primitive", name: "number" },
  // TypeScript pages do not tell integers from other numbers.
  number: { kind: "primitive", name: "numeric" },
};

/** Parses both pages' notations: `List[X]`, `X[]`, `Dict[str, X]`, `Record<string, X>`, `models.X`. */
export function parseType(written: string): SeedType {
  const type = written.trim();
  const wrapped = /^(?:Optional|OptionalNullable)\[(.*)\]$/.exec(type);
  if (wrapped) return parseType(wrapped[1]!);
  const list = /^List\[(.*)\]$/.exec(type) ?? /^(.*)\[\]$/.exec(type);
  if (list) return { kind: "array", items: parseType(list[1]!) };
  const map = /^Dict\[str,\s*(.*)\]$/.exec(type) ?? /^Record<string,\s*(.*)>$/.exec(type);
  if (map) return { kind: "map", values: parseType(map[1]!) };
  const ref = /^(?:models|components|utils)\.(\w+)$/.exec(type);
  if (ref) return { kind: "ref", name: ref[1]! };
  const primitive = PRIMITIVES[type];
  if (!primitive) throw new Error(`unknown documented type: ${written}`);
  return primitive;
}
