/** The middle value (the upper one of an even count), as every bench reports a run of timings. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
