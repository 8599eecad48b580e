/** One step of the run, as the summary lists it. */
export interface StepResult {
  name: string;
  ok: boolean;
}

/** Prints each step as it ends (✓/✗, its time, its details) and counts them for the summary. */
export interface Report {
  /**
   * Runs a step; `fn` returns its details. A failed step is printed and counted; with `required`, it
   * is also rethrown, ending the run.
   */
  step(name: string, fn: () => Promise<string | string[]>, options?: { required?: boolean }): Promise<void>;
  /** Counts a result decided elsewhere (a runtime that could not be installed). */
  record(name: string, ok: boolean, detail: string): void;
  results(): StepResult[];
}

export function createReport(): Report {
  const results: StepResult[] = [];
  const record = (name: string, ok: boolean, detail: string, ms?: number) => {
    results.push({ name, ok });
    const time = ms === undefined ? "" : ` (${(ms / 1000).toFixed(1)} s)`;
    console.log(`${ok ? "✓" : "✗"} ${name}${time}${detail ? `\n${indent(detail)}` : ""}`);
  };
  return {
    async step(name, fn, { required = false } = {}) {
      const started = Date.now();
      try {
        const detail = await fn();
        record(name, true, Array.isArray(detail) ? detail.join("\n") : detail, Date.now() - started);
      } catch (error) {
        record(name, false, (error as Error).message ?? String(error), Date.now() - started);
        if (required) throw error;
      }
    },
    record,
    results: () => [...results],
  };
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.startsWith("    ") ? line : `    ${line}`))
    .join("\n");
}

/** Rows as an aligned text table, the first row being the header. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
