import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, serveAppProtocol } from '../../electron/main/app-protocol';
import { fake, protocol } from '../fakes/electron';

describe('app:// protocol', () => {
  let dir: string;
  let serve: (request: Request) => Promise<Response> | Response;

  beforeAll(() => {
    fake.reset();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-protocol-'));
    fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
    serveAppProtocol(protocol as never, path.join(dir, 'renderer'));
    serve = fake.protocolHandlers.get('app')!;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is a standard, secure scheme so the renderer has a real origin', () => {
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await serve(new Request('app://sportello/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await response.text()).toContain('<title>x</title>');

    const script = await serve(new Request('app://sportello/assets/app.js'));
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('never reads outside the renderer folder, nor for another host', async () => {
    for (const url of ['app://sportello/%2e%2e/secret.txt', 'app://sportello/..%2fsecret.txt', 'app://other/index.html', 'app://sportello/missing.js']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });
});
