// Deterministic text: the same request always gets the same words, and every answer carries
// multi-byte UTF-8 (2-, 3- and 4-byte characters) so clients' decoding is exercised.

const SIGNATURE_LINE = "Atoma mock ✓ — ¡olé! 你好 🚀";

/** The answer to a prompt: it names the model and repeats the prompt's start. */
export function answerFor(model: string, prompt: string): string {
  const quoted = prompt.trim().replace(/\s+/g, " ").slice(0, 80);
  return `Hello from ${model}! You said: "${quoted}". ${SIGNATURE_LINE}`;
}

/** A continuation of a completions prompt. */
export function continuationFor(prompt: string): string {
  const last = prompt.trim().split(/\s+/).at(-1) ?? "";
  return ` and then ${last || "nothing"} went on, deterministically. ${SIGNATURE_LINE}`;
}

/** Splits text into "tokens": words with their leading white space, never inside a character. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S+|\s+$/gu) ?? [];
}

/** A rough token count, the same for the same text. */
export function countTokens(text: string): number {
  return tokenize(text).length;
}

/** Cuts tokens at a stop sequence or a token limit; says why the text ended. */
export function limitTokens(
  tokens: string[],
  { maxTokens, stop }: { maxTokens?: number | null; stop?: string[] | null },
): { tokens: string[]; finishReason: "stop" | "length" } {
  let text = "";
  const kept: string[] = [];
  for (const token of tokens) {
    const next = text + token;
    const stopAt = stop?.map((sequence) => next.indexOf(sequence)).find((index) => index >= 0);
    if (stopAt !== undefined) {
      const rest = next.slice(text.length, stopAt);
      if (rest) kept.push(rest);
      return { tokens: kept, finishReason: "stop" };
    }
    if (maxTokens != null && kept.length >= maxTokens) return { tokens: kept, finishReason: "length" };
    kept.push(token);
    text = next;
  }
  return { tokens: kept, finishReason: "stop" };
}

/** Splits a string into pieces of about `size` characters (code points, never halves of one). */
export function pieces(text: string, size: number): string[] {
  const characters = Array.from(text);
  const result: string[] = [];
  for (let index = 0; index < characters.length; index += size) {
    result.push(characters.slice(index, index + size).join(""));
  }
  return result;
}
