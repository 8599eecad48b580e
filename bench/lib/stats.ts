/** The middle value (the upper one of an even count), as every bench reports a run of timings. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * The items in a random order (Fisher–Yates). A bench that runs its contenders in a new order each turn
 * spreads what one leaves behind for the next (garbage to collect, a cold cache) over all of them.
 */
export function shuffled<T>(items: readonly T[]): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
