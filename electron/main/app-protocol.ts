// The renderer is served from app://sportello/ rather than file://, so it has a real origin
// (CSP 'self', no access to the file system through URLs) and the same headers as the browser host.
import type { CustomScheme, Protocol } from 'electron';
import { readRendererFile } from '../core/renderer-files';

export const appScheme = 'app';
const appHost = 'sportello';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** Compares scheme and host rather than `origin`, which WHATWG URL leaves "null" for custom schemes. */
export function isAppProtocolUrl(url: URL): boolean {
  return url.protocol === `${appScheme}:` && url.host === appHost;
}

/** Must be registered before the app is ready. */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export function serveAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (!isAppProtocolUrl(url)) return new Response('Not found', { status: 404 });
    const file = await readRendererFile(rendererDir, url.pathname);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });
}
