import cliProgress from 'cli-progress';

/** A progress bar on stderr for long runs (a terminal, or more than 20 documents); silent otherwise. */
export function progressBar(label: string, total: number) {
  if (!process.stderr.isTTY && total <= 20) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {file}` },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return { update: (done: number, file: string) => bar.update(done, { file }), stop: () => bar.stop() };
}
