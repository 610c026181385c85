/** Median time per operation: batches sized to ~2 ms, the median batch divided by its size. */
export function medianMs(fn: () => void, { minBatches = 30, maxMs = 1500 } = {}): number {
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t0 > 2 || batch > 1 << 16) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const deadline = performance.now() + maxMs;
  while (samples.length < minBatches || (performance.now() < deadline && samples.length < 400)) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t0) / batch);
    if (samples.length >= minBatches && performance.now() > deadline) break;
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

export const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`);
