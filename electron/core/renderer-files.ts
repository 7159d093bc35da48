// Serves the built renderer to both hosts: Electron's app:// protocol and the browser host's HTTP
// server. One place decides which files may be read (nothing outside the renderer folder) and
// which headers go with them (the strict Content-Security-Policy).
import fs from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Scripts and styles only from the app itself; no inline script, no eval, no remote content.
 * `connect-src 'self'` admits the browser host's same-origin WebSocket and nothing else.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface RendererFile {
  status: 200 | 404;
  body: Buffer;
  headers: Record<string, string>;
}

/** Reads the file a request path names; the app's routes are client-side, so "/" is index.html. */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<RendererFile> {
  const root = path.resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return notFound();
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return notFound();
  try {
    const body = await fs.readFile(file);
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, body, headers: { ...securityHeaders, 'Content-Type': type } };
  } catch {
    return notFound();
  }
}

function notFound(): RendererFile {
  return {
    status: 404,
    body: Buffer.from('Not found'),
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  };
}
