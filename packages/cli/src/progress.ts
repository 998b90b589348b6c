/** What the progress line needs to know about a stream and the environment. */
export interface ProgressTarget {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR_WIDTH = 24;

/** `OCR [#######.....] 12/40 2.3 img/s ETA 12s`: a pure function of counts and elapsed time. */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * BAR_WIDTH);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? `ETA ${formatSeconds((total - done) / rate)}` : 'ETA --';
  return `OCR [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${rate.toFixed(1)} img/s ${eta}`;
}

function formatSeconds(seconds: number): string {
  const whole = Math.ceil(seconds);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

/** True when a progress line may be drawn: the stream is a terminal and this is not CI. */
export function showsProgress(stream: ProgressTarget, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
}

/**
 * An `onProgress(done, total)` callback that redraws one line on `stream` (stderr), or a
 * no-op when `showsProgress` says no; the line is cleared when the last image is done.
 */
export function progressWriter(stream: ProgressTarget, env: Record<string, string | undefined>, now: () => number = Date.now): (done: number, total: number) => void {
  if (!showsProgress(stream, env)) return () => undefined;
  const started = now();
  return (done, total) => {
    if (total === 0) return;
    const line = formatProgress(done, total, now() - started).slice(0, Math.max(10, (stream.columns ?? 80) - 1));
    stream.write(done >= total ? '\r\x1b[2K' : `\r\x1b[2K${line}`);
  };
}
