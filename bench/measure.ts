/** Shared helpers for benchmark cases: median timing and the one-JSON-object-per-line output. */
export function timeMedian(runs: number, body: () => void): { ms: number; runs: number; minMs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    body();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: round(times[times.length >> 1]), runs, minMs: round(times[0]) };
}

export async function timeMedianAsync(runs: number, body: () => Promise<void>): Promise<{ ms: number; runs: number; minMs: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await body();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: round(times[times.length >> 1]), runs, minMs: round(times[0]) };
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

export function report(row: { case: string; n: number; ms: number } & Record<string, unknown>): void {
  console.log(JSON.stringify(row));
}
