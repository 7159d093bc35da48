// Where platform tokens live: the OS keychain, and nowhere else (never SQLite, a file or a log).
// A port rather than keytar calls scattered through core, so that core's code does not load a
// native module until a token is needed, each OS's keychain sits behind one shape (another backend
// can replace keytar without touching callers), and tests can hand core a store they control.

/**
 * One secret per connected account, keyed by a caller-chosen account key such as "account:42".
 * Every method throws CoreError('unavailable') when the keychain cannot be used (none installed,
 * locked, access denied), and CoreError('invalid-request') for an empty key or secret.
 */
export interface SecretStore {
  /** The account's secret, or null when the keychain holds none for it. */
  get(accountKey: string): Promise<string | null>;
  /** Stores the account's secret, replacing any previous one. */
  set(accountKey: string, secret: string): Promise<void>;
  /** Removes the account's secret; false when there was none. */
  delete(accountKey: string): Promise<boolean>;
  /** Proves the keychain can store a secret right now (it may ask the OS to unlock it). */
  check(): Promise<void>;
}
