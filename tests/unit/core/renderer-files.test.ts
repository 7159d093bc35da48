import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRendererFile } from '../../../electron/core/renderer-files';

describe('readRendererFile', () => {
  let root: string;
  let rendererDir: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-files-'));
    rendererDir = path.join(root, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'style.css'), 'body{}');
    fs.writeFileSync(path.join(root, 'renderer-secrets.txt'), 'secret');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('serves index.html for the root and files by path, with their types', async () => {
    expect((await readRendererFile(rendererDir, '/')).body.toString()).toBe('<!doctype html>');
    const css = await readRendererFile(rendererDir, '/assets/style.css?v=1');
    expect(css.status).toBe(200);
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(css.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each(['/../renderer-secrets.txt', '/%2e%2e/renderer-secrets.txt', '/..%2frenderer-secrets.txt', '/%E0%A4%A', '/assets', '/nope.js'])(
    'answers 404 for %s',
    async (urlPath) => {
      const file = await readRendererFile(rendererDir, urlPath);
      expect(file.status).toBe(404);
      expect(file.body.toString()).not.toContain('secret');
    },
  );
});
