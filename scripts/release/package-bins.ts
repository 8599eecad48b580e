/** The files a manifest's `bin` field names: one path (the package's one command) or a map of commands. */
export function binsOf(bin: unknown): string[] {
  if (typeof bin === "string") return [bin];
  return Object.values((bin ?? {}) as Record<string, string>);
}
