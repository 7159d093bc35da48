import type { ErrorKind } from '../../shared/outcome';

/** Thrown inside core by a handler that wants the UI to see a specific kind of failure. */
export class CoreError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
