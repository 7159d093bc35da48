// Finds the transport this window was given: Electron's preload bridge, or the browser host's
// socket, whose per-run token arrives in the URL fragment (kept for reloads in sessionStorage and
// then wiped from the address bar so it is not bookmarked or shared by accident).
import type { SportelloApi } from '../../../shared/api';
import { openWebSocketApi } from './websocket-api';

declare global {
  interface Window {
    sportello?: SportelloApi;
  }
}

const tokenKey = 'sportello.token';

export async function connectApi(): Promise<SportelloApi> {
  if (window.sportello) return window.sportello;
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const token = fromUrl ?? sessionStorage.getItem(tokenKey);
  if (!token) throw new Error('Open Sportello from the address it printed when it started.');
  return openWebSocketApi(window.location.origin, token);
}
