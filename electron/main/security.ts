// Electron's security checklist, applied in one place: what a web page in our window may do
// (nothing but our own app), what the session grants (nothing), and which links leave the app
// (https only, opened in the user's browser).
import type { Session, Shell, WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/safe-link';

export { isSafeExternalUrl };

/** No camera, microphone, geolocation, notifications-from-page, etc.: main owns every capability. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Every web contents the app creates: no navigation away from the app, no new windows (https
 * links open in the default browser instead), no <webview>.
 */
export function guardWebContents(
  contents: WebContents,
  shell: Pick<Shell, 'openExternal'>,
  isAppUrl: (url: string) => boolean,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
