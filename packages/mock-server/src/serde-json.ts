// Compact JSON as serde_json writes it: Atoma's node parses what vLLM sends into a serde `Value` and
// signs that value's `to_string()`, so the bytes a client verifies are serde's, not JSON.stringify's.
// The two differ only in f64s, so those are the numbers this writes differently.

/**
 * Where a body's f64s are: dotted key paths, `*` for any key or index
 * (`"choices.*.logprobs.content.*.logprob"`). Other numbers are integers, written as JSON.stringify does.
 */
export type FloatPaths = readonly string[];

/** The paths as a tree of keys; `true` where the value is an f64. */
type FloatTree = { [key: string]: FloatTree } | true;

/**
 * A writer of compact JSON as serde_json (with `preserve_order`) writes it: keys in insertion order,
 * strings escaped as JSON.stringify escapes them (`"`, `\` and control characters only), and the
 * numbers at `floatPaths` as f64s ({@link formatF64}).
 */
export function createSerdeJson(floatPaths: FloatPaths): (value: unknown) => string {
  const tree: { [key: string]: FloatTree } = {};
  for (const path of floatPaths) {
    const keys = path.split(".");
    let node = tree;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) node[key] = true;
      else node = (node[key] ??= {}) as { [key: string]: FloatTree };
    });
  }
  return (value) => write(value, tree);
}

function write(value: unknown, tree: FloatTree | undefined): string {
  // Nothing below is an f64: JSON.stringify writes it as serde does, and faster.
  if (tree === undefined) return JSON.stringify(value) ?? "null";
  if (tree === true) return typeof value === "number" ? formatF64(value) : write(value, undefined);
  if (Array.isArray(value)) {
    return `[${value.map((item, index) => write(item, childOf(tree, String(index)))).join(",")}]`;
  }
  if (value === null || typeof value !== "object") return write(value, undefined);
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .map(([key, member]) => `${JSON.stringify(key)}:${write(member, childOf(tree, key))}`);
  return `{${members.join(",")}}`;
}

const childOf = (tree: { [key: string]: FloatTree }, key: string) => tree[key] ?? tree["*"];

/**
 * An f64 as serde_json writes it (Rust's `ryu`, `format64`): the shortest digits that read back the
 * same, with `.0` on integral values (`1.0`, `-0.0`), and an exponent without `+` below 1e-5 or from
 * 1e16 on (`1e-7`, `1e16`, `1.5e300`). Not finite: `null`, as serde writes it.
 */
export function formatF64(value: number): string {
  if (!Number.isFinite(value)) return "null";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  // toExponential() gives the same shortest round-trip digits as ryu, as d.ddde±x.
  const [mantissa, exponent] = Math.abs(value).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  return (value < 0 ? "-" : "") + layOut(digits, Number(exponent) + 1);
}

/** ryu's layout of `digits` with the decimal point after the `point`th of them (10^(point-1) ≤ x < 10^point). */
function layOut(digits: string, point: number): string {
  const length = digits.length;
  if (length <= point && point <= 16) return `${digits}${"0".repeat(point - length)}.0`;
  if (0 < point && point <= 16) return `${digits.slice(0, point)}.${digits.slice(point)}`;
  if (-5 < point && point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  const exponent = `e${point - 1}`;
  return length === 1 ? `${digits}${exponent}` : `${digits[0]}.${digits.slice(1)}${exponent}`;
}
