// The one timing rule every Node bench uses: warm up once, then the median of several runs, since
// a shared 2-core machine makes single runs swing 2–5×.
export function medianMs(run: () => unknown, repeats = 9): number {
  run();
  const times = Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
