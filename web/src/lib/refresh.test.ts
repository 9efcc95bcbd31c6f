import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auth, REFRESH_BEFORE_MS, signIn, signedIn } from './auth';
import { request } from './api';
import { setConfig } from './config';

/** An unsigned JWT with these claims (the web reads claims; the API verifies signatures). */
function jwt(claims: Record<string, unknown>): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`;
}

const HOUR = 3_600_000;
const idToken = (n: number) =>
  jwt({ sub: 'u1', email: 'dinkes@sikerja.local', 'cognito:groups': ['opd'], 'custom:opd': 'DINKES', n,
    exp: Math.floor((Date.now() + HOUR) / 1000) });

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('token refresh', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-07T00:00:00Z'));
    sessionStorage.clear();
    auth.session = null;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    auth.session = null;
  });

  it('refreshes through Cognito’s token endpoint before the hour is up, so the officer stays signed in', async () => {
    setConfig({ apiUrl: 'https://api.example', auth: { mode: 'cognito', domain: 'https://auth.example', clientId: 'web' } });
    const fetcher = vi.fn(async (_url: string, _init?: RequestInit) => json(200, { id_token: idToken(2), access_token: 'a', expires_in: 3600 }));
    vi.stubGlobal('fetch', fetcher);
    signIn(idToken(1), 'refresh-1');

    await vi.advanceTimersByTimeAsync(HOUR - REFRESH_BEFORE_MS - 1000);
    expect(fetcher).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetcher).toHaveBeenCalledTimes(1);
    const [url, init] = fetcher.mock.calls[0];
    expect(url).toBe('https://auth.example/oauth2/token');
    const form = new URLSearchParams(String(init?.body));
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('client_id')).toBe('web');
    expect(form.get('refresh_token')).toBe('refresh-1');
    expect(JSON.parse(atob(auth.session!.idToken.split('.')[1])).n).toBe(2);
    expect(auth.session!.refreshToken).toBe('refresh-1');

    // and again an hour later: never signed out while the refresh token lasts
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(signedIn()).toBe(true);
  });

  it('refreshes once on a 401 and sends the request again; locally through /_local/token', async () => {
    setConfig({ apiUrl: 'http://127.0.0.1:3000', auth: { mode: 'local' } });
    const calls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      if (url.endsWith('/_local/token')) {
        expect(JSON.parse(String(init?.body))).toEqual({ refreshToken: 'refresh-1' });
        return json(200, { idToken: idToken(2), accessToken: 'a', expiresIn: 3600 });
      }
      const authz = (init?.headers as Record<string, string>).authorization;
      return JSON.parse(atob(authz.split('.')[1])).n === 2 ? json(200, { total: 0 }) : json(401, { message: 'Unauthorized' });
    }));
    signIn(idToken(1), 'refresh-1');
    await expect(request('/dashboard')).resolves.toEqual({ total: 0 });
    expect(calls).toEqual(['GET http://127.0.0.1:3000/dashboard', 'POST http://127.0.0.1:3000/_local/token',
      'GET http://127.0.0.1:3000/dashboard']);
  });

  it('ends the session when the refresh is refused (a disabled account), and does not loop', async () => {
    setConfig({ apiUrl: 'http://127.0.0.1:3000', auth: { mode: 'local' } });
    const fetcher = vi.fn(async (url: string) =>
      url.endsWith('/_local/token') ? json(400, { error: 'invalid_grant' }) : json(401, { message: 'Unauthorized' }));
    vi.stubGlobal('fetch', fetcher);
    signIn(idToken(1), 'refresh-1');
    await expect(request('/dashboard')).rejects.toMatchObject({ status: 401 });
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(auth.session).toBeNull();
    expect(sessionStorage.getItem('sikerja.session')).toBeNull();
  });
});
