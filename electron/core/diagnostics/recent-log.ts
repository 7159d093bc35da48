// The last lines core logged, kept in memory for a diagnostics export: a logger that passes every
// line on to the real one and remembers the most recent few hundred. Nothing is written to disk here.
import type { Logger } from '../logger';

export interface LogLine {
  at: number;
  level: 'info' | 'warn' | 'error';
  message: string;
  details?: Record<string, unknown>;
}

export class RecentLog implements Logger {
  private readonly lines: LogLine[] = [];

  constructor(
    private readonly inner: Logger,
    private readonly capacity = 300,
    private readonly now: () => number = Date.now,
  ) {}

  info(message: string, details?: Record<string, unknown>): void {
    this.keep('info', message, details);
    this.inner.info(message, details);
  }

  warn(message: string, details?: Record<string, unknown>): void {
    this.keep('warn', message, details);
    this.inner.warn(message, details);
  }

  error(message: string, details?: Record<string, unknown>): void {
    this.keep('error', message, details);
    this.inner.error(message, details);
  }

  /** Oldest first. */
  recent(): LogLine[] {
    return [...this.lines];
  }

  private keep(level: LogLine['level'], message: string, details?: Record<string, unknown>): void {
    this.lines.push({ at: this.now(), level, message, ...(details ? { details } : {}) });
    if (this.lines.length > this.capacity) this.lines.splice(0, this.lines.length - this.capacity);
  }
}
