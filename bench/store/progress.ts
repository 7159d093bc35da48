// One line per 10% for the long phases, so a 1M-message run shows it is alive and how fast it goes.

export type Progress = (done: number, detail?: () => string) => void;

export function progressReporter(label: string, total: number, unit: string): Progress {
  const started = performance.now();
  let nextTenth = 1;
  return (done, detail) => {
    // A jump past several tenths (a big step) prints only the last one.
    if (nextTenth > 10 || done * 10 < total * nextTenth) return;
    while (nextTenth <= 10 && done * 10 >= total * nextTenth) nextTenth += 1;
    const percent = `${Math.min(100, Math.floor((done / total) * 100))}%`.padStart(4);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const extra = detail ? ` · ${detail()}` : '';
    console.log(`  ${label} ${percent}  ${done.toLocaleString('en-US')} ${unit} · ${seconds} s${extra}`);
  };
}

/** Lets Ctrl-C's handler run between synchronous database batches. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
