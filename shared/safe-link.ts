// Which links may leave the app, decided in one place for core (what it offers the renderer), the
// renderer and the Electron shell (what it hands to the user's browser).

/** True only for plain https links to a named host, without embedded credentials. */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}

/** The host of an http(s) address (what the agent is told before a click), or null for anything else. */
export function webHost(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url.host : null;
  } catch {
    return null;
  }
}
