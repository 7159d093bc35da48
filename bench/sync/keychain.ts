// The benchmark connects accounts the way the app does, so their tokens go to the real OS keychain
// through KeytarSecretStore. It needs one that works, and it must not touch a real user's tokens:
// the first connected account of a fresh database is always "account:1", the same entry the app
// itself would use. So it refuses to run on a keychain that already holds Sportello entries, and
// deletes the entries it wrote when it ends.
import keytar from 'keytar';
import { secretKeyFor } from '../../electron/core/store/repositories/accounts';
import { keychainService, KeytarSecretStore } from '../../electron/core/secrets/keytar-secret-store';

export const howToRun = [
  'Run it inside a throwaway D-Bus session with an unlocked gnome-keyring, e.g.:',
  "  keyrings=$(mktemp -d); XDG_DATA_HOME=$keyrings dbus-run-session -- sh -c 'echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null; npm run bench:sync'; rm -rf \"$keyrings\"",
].join('\n');

export class KeychainUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeychainUnavailable';
  }
}

/** The real keychain store, once it has proved it can hold a secret and holds no Sportello tokens. */
export async function benchKeychain(): Promise<KeytarSecretStore> {
  const secrets = new KeytarSecretStore();
  try {
    await secrets.check();
  } catch (error) {
    throw new KeychainUnavailable(`No usable OS keychain: ${error instanceof Error ? error.message : String(error)}\n${howToRun}`);
  }
  const existing = await keytar.findCredentials(keychainService);
  if (existing.length > 0) {
    throw new KeychainUnavailable(
      `The keychain already holds ${existing.length} "${keychainService}" entr${existing.length === 1 ? 'y' : 'ies'} (${existing.map((entry) => entry.account).join(', ')}). ` +
        `The benchmark would overwrite and then delete them, so it does not run here.\n${howToRun}`,
    );
  }
  return secrets;
}

/** Removes the tokens the benchmark's accounts stored. */
export async function forgetTokens(secrets: KeytarSecretStore, accountIds: readonly number[]): Promise<void> {
  for (const id of accountIds) await secrets.delete(secretKeyFor(id));
}
