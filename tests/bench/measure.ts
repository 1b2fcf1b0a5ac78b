/** Statistics and probes the storage benchmark reports. */

export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** The value below which the given share of samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    median: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
  };
}

/** A frame at 60 Hz: a stall longer than this is a visible hitch in a UI sharing the thread. */
export const frameMilliseconds = 16;
const tickMilliseconds = 5;

export interface LoopReport {
  readonly maxStallMs: number;
  readonly stallsOverFrame: number;
  readonly peakRssBytes: number;
}

/**
 * Watches the event loop with a fast timer: a tick that arrives late means something held the thread that long.
 * The same tick samples the resident set size, so the peak includes memory held during a long task.
 */
export class LoopMonitor {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  private maxStallMs = 0;
  private stallsOverFrame = 0;
  private peakRssBytes = 0;

  start(): this {
    this.last = performance.now();
    this.sampleMemory();
    this.timer = setInterval(() => this.tick(), tickMilliseconds);
    return this;
  }

  /** Also call between steps: a stall that blocks the timer still leaves its memory behind. */
  sampleMemory(): void {
    this.peakRssBytes = Math.max(this.peakRssBytes, process.memoryUsage.rss());
  }

  stop(): LoopReport {
    clearInterval(this.timer);
    this.tick();
    return { maxStallMs: this.maxStallMs, stallsOverFrame: this.stallsOverFrame, peakRssBytes: this.peakRssBytes };
  }

  private tick(): void {
    const now = performance.now();
    const stall = now - this.last - tickMilliseconds;
    this.last = now;
    this.maxStallMs = Math.max(this.maxStallMs, stall);
    if (stall > frameMilliseconds) this.stallsOverFrame += 1;
    this.sampleMemory();
  }
}

/** Runs a step and returns how long it took, in milliseconds. */
export async function timed<T>(step: () => Promise<T>): Promise<{ value: T; milliseconds: number }> {
  const started = performance.now();
  const value = await step();
  return { value, milliseconds: performance.now() - started };
}
