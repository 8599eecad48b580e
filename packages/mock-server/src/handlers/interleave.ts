/**
 * The items of several lists taken in turn, one from each while it lasts: `[[a1, a2], [b1]]` gives
 * `[a1, b1, a2]`. vLLM streams this way: each engine step yields one chunk per choice, and the mock
 * interleaves parallel tool calls the same way, so clients must gather pieces by `index`.
 */
export function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const result: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let step = 0; step < longest; step++) {
    for (const list of lists) if (step < list.length) result.push(list[step]!);
  }
  return result;
}
