import { median, shuffled } from "./stats.ts";

/** A contender's figures in a race. */
export interface Figures {
  /** The median round, each round's figure being the median of the contender's batches. */
  time: number;
  /** The median, over all batches, of the batch's time ÷ the first contender's batch of the same turn. */
  ratio: number;
}

/** How long a race runs: `rounds` rounds of `turns` turns. */
export interface RaceLength {
  rounds: number;
  turns: number;
}

/**
 * Runs the contenders side by side: in each turn every contender runs one batch (`runBatch` resolves
 * to its time), in a new random order, so that no contender always runs after the same one (and pays
 * for the garbage it left). A ratio is taken within a turn, between two batches run a moment apart: a
 * slow patch of the machine that spans several turns shifts the times, not the ratios.
 */
export async function interleavedRace<Contender>(
  contenders: readonly Contender[],
  { rounds, turns }: RaceLength,
  runBatch: (contender: Contender) => Promise<number>,
): Promise<Map<Contender, Figures>> {
  const [base] = contenders;
  const roundTimes = new Map<Contender, number[]>(contenders.map((contender) => [contender, []]));
  const ratios = new Map<Contender, number[]>(contenders.map((contender) => [contender, []]));
  for (let round = 0; round < rounds; round++) {
    const batches = new Map<Contender, number[]>(contenders.map((contender) => [contender, []]));
    for (let turn = 0; turn < turns; turn++) {
      const times = new Map<Contender, number>();
      for (const contender of shuffled(contenders)) times.set(contender, await runBatch(contender));
      for (const [contender, time] of times) {
        batches.get(contender)!.push(time);
        ratios.get(contender)!.push(time / times.get(base!)!);
      }
    }
    for (const [contender, times] of batches) roundTimes.get(contender)!.push(median(times));
  }
  return new Map(
    contenders.map((contender) => [
      contender,
      { time: median(roundTimes.get(contender)!), ratio: median(ratios.get(contender)!) },
    ]),
  );
}
