// A tiny structured logger. Core logs through this port so tests can capture output (and scan it
// for secrets) and the shell can route it to a file later.
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export function consoleLogger(scope: string): Logger {
  const write =
    (level: 'info' | 'warn' | 'error') => (message: string, details?: Record<string, unknown>) => {
      const line = `[${scope}] ${level}: ${message}`;
      const args = details ? [line, details] : [line];
      if (level === 'info') console.log(...args);
      else console[level](...args);
    };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
