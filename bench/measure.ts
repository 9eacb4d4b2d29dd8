/**
 * Shared helpers for benchmark cases: median timing and the one-JSON-object-per-line output.
 * `cpuMs` is the median processor time of the process per run (all its threads, the garbage
 * collector's included): on a shared machine it moves far less with the load than `ms` does.
 */
export function timeMedian(runs: number, body: () => void): { ms: number; runs: number; minMs: number; cpuMs: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    body();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { ms: round(times[times.length >> 1]), runs, minMs: round(times[0]), cpuMs: round(cpu[cpu.length >> 1]) };
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
