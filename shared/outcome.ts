// Errors cross the process boundary as data, never as thrown exceptions: the UI switches on `kind`
// to decide what to show (retry, re-authorise, report a bug), and `message` is for people.
// No zod here: the renderer imports this file and should not carry a schema library for it.
export const errorKinds = [
  'invalid-request', // the payload did not match the contract
  'unknown-call', // no such call in the contract
  'forbidden', // the sender is not the console's own renderer
  'not-found',
  'unavailable', // a dependency (disk, keychain, network) cannot serve the call right now
  'internal', // a bug: logged in core, shown to the user as "something went wrong"
] as const;

export type ErrorKind = (typeof errorKinds)[number];

export interface CallError {
  kind: ErrorKind;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: CallError };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure(kind: ErrorKind, message: string): Outcome<never> {
  return { ok: false, error: { kind, message } };
}
