import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, guardWebContents, isSafeExternalUrl } from '../../electron/main/security';
import { fake, FakeWebContents, session, shell } from '../fakes/electron';

const isAppUrl = (url: string) => url.startsWith('app://sportello/');

describe('isSafeExternalUrl', () => {
  it.each(['https://www.facebook.com/help', 'https://example.org/a?b=c#d'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://example.org',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.org',
    'app://sportello/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('guardWebContents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    fake.reset();
    contents = new FakeWebContents();
    guardWebContents(contents as never, shell, isAppUrl);
  });

  function navigate(event: string, url: string): boolean {
    const preventDefault = vi.fn();
    contents.emit(event, { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  }

  it('blocks navigation and redirects away from the app', () => {
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://sportello/index.html')).toBe(false);
  });

  it('denies every new window and opens only https links in the browser', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(fake.openedExternally).toEqual(['https://example.org/']);
  });

  it('refuses to attach webviews', () => {
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    fake.reset();
    denyAllPermissions(session.defaultSession as never);
    const callback = vi.fn();
    fake.permissionRequestHandler?.({}, 'media', callback);
    fake.permissionRequestHandler?.({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(fake.permissionCheckHandler?.({}, 'geolocation')).toBe(false);
  });
});
