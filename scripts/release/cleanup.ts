/** Undo actions, run last first, once: after the run, after a failure, or on SIGINT/SIGTERM. */
export interface Cleanup {
  add(what: string, action: () => unknown): void;
  /** Runs every action (a failing one does not stop the others) and returns what was done. */
  run(): Promise<string[]>;
}

export function createCleanup(): Cleanup {
  const actions: { what: string; action: () => unknown }[] = [];
  return {
    add: (what, action) => void actions.push({ what, action }),
    async run() {
      const done: string[] = [];
      for (let next = actions.pop(); next; next = actions.pop()) {
        try {
          await next.action();
          done.push(next.what);
        } catch (error) {
          done.push(`${next.what} FAILED: ${(error as Error).message}`);
        }
      }
      return done;
    },
  };
}
