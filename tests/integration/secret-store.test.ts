// The secret store against the real OS keychain: gnome-keyring in the D-Bus session that
// scripts/test.sh starts. The failures are real too, each in a child process with its own
// environment: libsecret keeps its D-Bus connection for the life of a process, so this process,
// once connected, could not show them.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import keytar from 'keytar';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../electron/core/core-error';
import { KeytarSecretStore } from '../../electron/core/secrets/keytar-secret-store';
import type { Operation, Outcome } from './fixtures/secret-store-child';

const childScript = path.join(__dirname, 'fixtures', 'secret-store-child.ts');
const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
const runId = `${process.pid}-${Date.now()}`;
const usedKeys = new Set<string>();

/** An account key unique to this run, removed from the keychain after the tests. */
function accountKey(name: string): string {
  const key = `test:${runId}:${name}`;
  usedKeys.add(key);
  return key;
}

async function expectCoreError(promise: Promise<unknown>, kind: CoreError['kind']): Promise<CoreError> {
  const error = await promise.then(
    () => expect.unreachable('expected a CoreError'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CoreError);
  expect((error as CoreError).kind).toBe(kind);
  return error as CoreError;
}

/**
 * Sportello's entries as the OS keychain itself lists them. Only call this once the store has
 * proved the keychain unlocked: keytar's findCredentials crashes the process (a NULL dereference in
 * its libsecret code) when a matching entry sits in a locked collection.
 */
async function keychainEntries(): Promise<{ account: string; password: string }[]> {
  return keytar.findCredentials('Sportello');
}

afterAll(async () => {
  for (const key of usedKeys) await keytar.deletePassword('Sportello', key);
});

describe('KeytarSecretStore on the OS keychain', () => {
  const store = new KeytarSecretStore();

  it('stores, replaces and deletes an account secret', async () => {
    const key = accountKey('round-trip');
    expect(await store.get(key)).toBeNull();
    await store.set(key, 'first-token');
    expect(await store.get(key)).toBe('first-token');
    await store.set(key, 'second-token');
    expect(await store.get(key)).toBe('second-token');
    expect(await store.delete(key)).toBe(true);
    expect(await store.get(key)).toBeNull();
    expect(await store.delete(key)).toBe(false);
  });

  it('keeps one entry per account in the OS keychain under the service "Sportello"', async () => {
    const first = accountKey('first-account');
    const second = accountKey('second-account');
    await store.set(first, 'token-of-first');
    await store.set(second, 'token-of-second');
    await store.set(second, 'new-token-of-second');

    const ours = (await keychainEntries()).filter((entry) => usedKeys.has(entry.account));
    expect(ours).toEqual(
      expect.arrayContaining([
        { account: first, password: 'token-of-first' },
        { account: second, password: 'new-token-of-second' },
      ]),
    );
    expect(ours).toHaveLength(2);
  });

  it('returns unicode and 4 KB tokens exactly as stored', async () => {
    const unicode = 'tökén-🔑-日本語-مرحبا-perché';
    const long = Array.from({ length: 4096 }, (_, index) => 'Aé🔑z'[index % 4]).join('');
    await store.set(accountKey('unicode'), unicode);
    await store.set(accountKey('long'), long);
    expect(await store.get(accountKey('unicode'))).toBe(unicode);
    expect(await store.get(accountKey('long'))).toBe(long);
    expect(await keytar.getPassword('Sportello', accountKey('long'))).toBe(long);
  });

  it('check() proves the keychain works, and leaves no probe entry behind', async () => {
    await store.check();
    const accountsBefore = (await keychainEntries()).map((entry) => entry.account).sort();
    await store.check();
    expect((await keychainEntries()).map((entry) => entry.account).sort()).toEqual(accountsBefore);
  });

  it('refuses keys and secrets that the keychain cannot store unchanged', async () => {
    const key = accountKey('invalid');
    const secret = 'a-secret-that-must-not-leak';
    const attempts = [
      store.set('', secret),
      store.set(key, ''),
      store.set(`${key}\0suffix`, secret),
      store.set(key, `${secret}\0tail`),
      store.set(key, `${secret}\uD800`),
      store.get(''),
      store.delete(''),
    ];
    for (const attempt of attempts) {
      const error = await expectCoreError(attempt, 'invalid-request');
      expect(error.message).not.toContain(secret);
    }
    expect(await keytar.getPassword('Sportello', key)).toBeNull();
  });
});

describe('KeytarSecretStore without a usable keychain', () => {
  const secret = `token-${runId}-never-stored`;
  let home: string;

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-no-keychain-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  /**
   * Runs store operations in a child whose home, data, config, cache, runtime and temp folders are
   * all `home`, with no display (so no keyring unlock dialog can appear) and `env` on top. The
   * runtime folder matters: without DBUS_SESSION_BUS_ADDRESS, GLib connects to
   * `$XDG_RUNTIME_DIR/bus`, which on a developer's desktop is their real session and keychain.
   */
  async function runInChild(
    operations: Operation[],
    options: { env?: Record<string, string | undefined>; command?: [string, ...string[]] } = {},
  ): Promise<{ outcomes: Outcome[]; output: string }> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...Object.fromEntries(
        ['HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR', 'TMPDIR'].map(
          (name) => [name, home],
        ),
      ),
      DISPLAY: undefined,
      WAYLAND_DISPLAY: undefined,
      ...options.env,
    };
    for (const name of Object.keys(env)) if (env[name] === undefined) delete env[name];
    const [file, ...args] = options.command ?? [tsx, childScript];
    const run = promisify(execFile)(file, [...args, JSON.stringify(operations)], { env, cwd: home });
    const { stdout, stderr } = await run.catch((error: { code?: number; stderr?: string }) => {
      // Without the child's stack lines, which vitest would try to map to sources of this process.
      const stderr = error.stderr?.replace(/^\s+at .*\n?/gm, '');
      throw new Error(`The child process exited with code ${error.code}:\n${stderr}`);
    });
    return { outcomes: JSON.parse(stdout) as Outcome[], output: stdout + stderr };
  }

  /** The child in its own D-Bus session, with a gnome-keyring whose keyrings live under `home`. */
  function inPrivateKeyring(unlockPassword?: string): [string, ...string[]] {
    const startKeyring = unlockPassword
      ? `echo -n '${unlockPassword}' | gnome-keyring-daemon --unlock --components=secrets`
      : 'gnome-keyring-daemon --start --components=secrets';
    return ['dbus-run-session', '--', 'sh', '-c', `${startKeyring} >/dev/null && exec "$0" "$@"`, tsx, childScript];
  }

  /** Files under `dir` whose bytes contain `text`: where a plain-text fallback would have put it. */
  function filesContaining(dir: string, text: string): string[] {
    return fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((entry) => path.join(dir, entry))
      .filter((file) => fs.statSync(file).isFile() && fs.readFileSync(file).includes(text));
  }

  function expectUnavailable(outcome: Outcome | undefined, reason: string): void {
    expect(outcome).toMatchObject({ ok: false, kind: 'unavailable' });
    const message = (outcome as { message: string }).message;
    expect(message).toContain('No OS keychain is available');
    expect(message).toContain('a Secret Service such as GNOME Keyring or KWallet');
    expect(message).toContain('refuses to store them in plain text');
    expect(message).toContain(reason);
  }

  const everyOperation = (key: string): Operation[] => [['check'], ['set', key, secret], ['get', key], ['delete', key]];

  it.each([
    {
      situation: 'the session bus is gone',
      env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
      reason: 'Could not connect',
    },
    {
      situation: 'there is no D-Bus session at all',
      env: { DBUS_SESSION_BUS_ADDRESS: undefined },
      reason: 'Cannot autolaunch D-Bus',
    },
  ])('reports "unavailable" and stores nothing when $situation', async ({ env, reason }) => {
    const key = accountKey('no-bus');
    const { outcomes, output } = await runInChild(everyOperation(key), { env });

    expect(outcomes).toHaveLength(4);
    for (const outcome of outcomes) expectUnavailable(outcome, reason);
    expect(output).not.toContain(secret);
    expect(filesContaining(home, secret)).toEqual([]);
    expect(await keytar.getPassword('Sportello', key)).toBeNull();
  });

  it('reports "unavailable", without crashing, when keytar cannot be loaded', async () => {
    const key = accountKey('no-native-module');
    const { outcomes, output } = await runInChild(everyOperation(key), { command: [tsx, '--no-addons', childScript] });

    expect(outcomes).toHaveLength(4);
    for (const outcome of outcomes) expectUnavailable(outcome, 'loading addons is disabled');
    expect(output).not.toContain(secret);
    expect(filesContaining(home, secret)).toEqual([]);
    expect(await keytar.getPassword('Sportello', key)).toBeNull();
  });

  it('reports a locked keyring as "unavailable" rather than as a missing token', async () => {
    const key = 'account:1';
    const seeded = await runInChild([['set', key, 'seeded-token']], { command: inPrivateKeyring('keyring-password') });
    expect(seeded.outcomes).toEqual([{ ok: true, value: null }]);

    // The keyring exists but is locked, and no unlock prompt can be shown. libsecret itself answers
    // get() with "not found" and delete() with "nothing deleted" here; the store must not.
    const locked = await runInChild(everyOperation(key), { command: inPrivateKeyring() });
    expect(locked.outcomes).toHaveLength(4);
    for (const outcome of locked.outcomes) expectUnavailable(outcome, 'locked collection');
    expect(locked.output).not.toContain(secret);

    const unlocked = await runInChild([['get', key]], { command: inPrivateKeyring('keyring-password') });
    expect(unlocked.outcomes).toEqual([{ ok: true, value: 'seeded-token' }]);
    expect(filesContaining(home, secret)).toEqual([]);
  });
});
