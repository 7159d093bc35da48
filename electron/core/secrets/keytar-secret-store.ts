// The secret store on the OS keychain through keytar: one entry per connected account under the
// service "Sportello" (libsecret on Linux, Keychain on macOS, Credential Manager on Windows).
// When the keychain cannot be used the caller gets CoreError('unavailable'), and the token is not
// stored at all: there is deliberately no fallback to a file or to the database.
import type * as KeytarModule from 'keytar';
import { CoreError } from '../core-error';
import type { SecretStore } from './secret-store';

type Keytar = typeof KeytarModule;

export const keychainService = 'Sportello';

/** check() writes and removes this entry; its value is not a secret. */
const probeAccountKey = 'sportello:keychain-probe';

// keytar hands strings to the OS as C strings: a NUL would silently cut the key or the secret short
// (two account keys could then share one entry), and an unpaired surrogate would come back as U+FFFD.
const unstorableCharacter = /[\0\p{Cs}]/u;

export class KeytarSecretStore implements SecretStore {
  private keytar: Keytar | undefined;

  async get(accountKey: string): Promise<string | null> {
    requireStorable('account key', accountKey);
    const secret = await this.withKeytar((keytar) => keytar.getPassword(keychainService, accountKey));
    if (secret !== null) return secret;
    // libsecret reports "nothing found" when the collection is locked and the unlock prompt fails or
    // is dismissed. Trust the absence only once the keychain has proved usable (and is unlocked).
    await this.check();
    return this.withKeytar((keytar) => keytar.getPassword(keychainService, accountKey));
  }

  async set(accountKey: string, secret: string): Promise<void> {
    requireStorable('account key', accountKey);
    requireStorable('secret', secret);
    await this.withKeytar((keytar) => keytar.setPassword(keychainService, accountKey, secret));
  }

  async delete(accountKey: string): Promise<boolean> {
    requireStorable('account key', accountKey);
    const deleted = await this.withKeytar((keytar) => keytar.deletePassword(keychainService, accountKey));
    if (deleted) return true;
    // As for get(): a locked collection answers "nothing deleted" and keeps the token.
    await this.check();
    return this.withKeytar((keytar) => keytar.deletePassword(keychainService, accountKey));
  }

  async check(): Promise<void> {
    // A write, not a read: reading a missing entry succeeds even when the keychain is locked.
    await this.withKeytar(async (keytar) => {
      await keytar.setPassword(keychainService, probeAccountKey, 'probe');
      await keytar.deletePassword(keychainService, probeAccountKey);
    });
  }

  private async withKeytar<T>(operation: (keytar: Keytar) => Promise<T>): Promise<T> {
    try {
      return await operation(await this.loadKeytar());
    } catch (error) {
      // keytar's messages come from the OS and never contain the secret.
      throw new CoreError('unavailable', unavailableMessage(error instanceof Error ? error.message : String(error)));
    }
  }

  private async loadKeytar(): Promise<Keytar> {
    // Loaded on first use, not at import: where the native module cannot load, core still starts
    // and the user gets the error above instead of a crash.
    if (!this.keytar) {
      const loaded = (await import('keytar')) as Keytar & { default?: Keytar };
      this.keytar = loaded.default ?? loaded;
    }
    return this.keytar;
  }
}

function requireStorable(what: 'account key' | 'secret', value: string): void {
  if (typeof value !== 'string' || value === '') {
    throw new CoreError('invalid-request', `The ${what} for the keychain must be a non-empty string.`);
  }
  if (unstorableCharacter.test(value)) {
    throw new CoreError(
      'invalid-request',
      `The ${what} contains a NUL or unpaired surrogate character, which the keychain cannot store unchanged.`,
    );
  }
}

function unavailableMessage(reason: string): string {
  const needed =
    process.platform === 'darwin'
      ? 'the macOS Keychain'
      : process.platform === 'win32'
        ? 'the Windows Credential Manager'
        : 'a Secret Service such as GNOME Keyring or KWallet, running and unlocked in the desktop session';
  return (
    `No OS keychain is available to hold platform tokens, and Sportello refuses to store them in plain text. ` +
    `It needs ${needed}. (${reason})`
  );
}
