/**
 * Officers' sign-in. In AWS: Cognito's hosted UI, authorization code flow with PKCE (no client secret in the
 * browser). Locally: the local runtime's POST /_local/token for one of its seeded users. Either way the session
 * keeps the ID token (the API's JWT authorizer reads it) and the refresh token in sessionStorage only: it ends with
 * the tab.
 *
 * The ID token lasts an hour (the app client's IdTokenValidity); the refresh token 30 days. So that officers are not
 * signed out every hour, the session is refreshed (Cognito's token endpoint with grant_type=refresh_token; locally
 * POST /_local/token with the refresh token) a few minutes before the ID token expires, and once more when the API
 * answers 401 (a tab that slept through its timer). A refresh that is refused (the account was disabled, the refresh
 * token expired or was revoked) ends the session.
 */
import { reactive } from 'vue';
import { config, type CognitoAuth } from './config';

export type Role = 'admin' | 'tkksd' | 'opd' | 'pimpinan';

export interface Session {
  idToken: string;
  /** Cognito's refresh token (opaque), when the sign-in gave one. */
  refreshToken?: string;
  expiresAt: number;
  email: string;
  groups: Role[];
  opd: string | null;
}

const KEY = 'sikerja.session';
const PKCE = 'sikerja.pkce';

export const auth = reactive<{ session: Session | null }>({ session: restore() });

function restore(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    // an expired ID token with a refresh token is refreshed (timer or first 401), not thrown away
    return s.expiresAt > Date.now() || s.refreshToken ? s : null;
  } catch {
    return null;
  }
}

export function base64UrlDecode(part: string): string {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let s = '';
  bytes.forEach((b) => (s += String.fromCharCode(b)));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The session an ID token stands for (its claims are read, not verified: the API verifies it). */
export function sessionFromIdToken(idToken: string): Session {
  const parts = idToken.split('.');
  if (parts.length !== 3) throw new Error('not a JWT');
  const claims = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
  const groups = claims['cognito:groups'];
  return {
    idToken,
    expiresAt: Number(claims.exp) * 1000,
    email: String(claims.email ?? ''),
    groups: (Array.isArray(groups) ? groups : typeof groups === 'string' ? groups.split(/[ ,]/) : []) as Role[],
    opd: (claims['custom:opd'] as string | undefined) ?? null,
  };
}

export function signIn(idToken: string, refreshToken?: string): Session {
  const session = sessionFromIdToken(idToken);
  if (refreshToken) session.refreshToken = refreshToken;
  sessionStorage.setItem(KEY, JSON.stringify(session));
  auth.session = session;
  scheduleRefresh();
  return session;
}

/** Refresh this long before the ID token expires (or half-way through a shorter token's life). */
export const REFRESH_BEFORE_MS = 5 * 60_000;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;
let refreshing: Promise<boolean> | null = null;

/** Sets the timer that refreshes the session before its ID token expires (none without a refresh token). */
export function scheduleRefresh(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = null;
  const s = auth.session;
  if (!s?.refreshToken) return;
  const left = s.expiresAt - Date.now();
  const delay = Math.max(0, left > 2 * REFRESH_BEFORE_MS ? left - REFRESH_BEFORE_MS : left / 2);
  refreshTimer = setTimeout(() => void refreshSession(), delay);
}

/**
 * New tokens for the session's refresh token; true when the session was renewed. Concurrent callers (several
 * requests answered 401 at once) share one refresh. A refused refresh (400/401: disabled account, expired or
 * revoked token) ends the session; a network failure keeps it, to try again.
 */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    refreshing = doRefresh().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

async function doRefresh(): Promise<boolean> {
  const s = auth.session;
  if (!s?.refreshToken) return false;
  const c = config().auth;
  let r: Response;
  try {
    r =
      c.mode === 'cognito'
        ? await fetch(`${c.domain}/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ grant_type: 'refresh_token', client_id: c.clientId, refresh_token: s.refreshToken }),
          })
        : await fetch(`${config().apiUrl}/_local/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ refreshToken: s.refreshToken }),
          });
  } catch {
    return false;
  }
  if (!r.ok) {
    if (r.status === 400 || r.status === 401 || r.status === 403) endSession();
    return false;
  }
  const body = (await r.json()) as { id_token?: string; idToken?: string };
  const idToken = body.id_token ?? body.idToken;
  if (!idToken) return false;
  // Cognito does not return a new refresh token on this grant: the first one stays
  signIn(idToken, s.refreshToken);
  return true;
}

/** Forgets the session in this tab (no hosted-UI logout). */
function endSession(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = null;
  sessionStorage.removeItem(KEY);
  auth.session = null;
}

export function signOut(): void {
  endSession();
  const c = config().auth;
  if (c.mode === 'cognito') {
    const back = `${location.origin}/`;
    location.assign(`${c.domain}/logout?client_id=${encodeURIComponent(c.clientId)}&logout_uri=${encodeURIComponent(back)}`);
  }
}

export function hasRole(...roles: Role[]): boolean {
  return !!auth.session && auth.session.groups.some((g) => roles.includes(g));
}

export function signedIn(): boolean {
  if (auth.session && auth.session.expiresAt <= Date.now() && !auth.session.refreshToken) auth.session = null;
  return !!auth.session;
}

// ------------------------------------------------------------------ local runtime

export interface LocalUser {
  username: string;
  email: string;
  name: string;
  groups: string[];
  opd?: string;
  /** false for an account an admin disabled (it gets no token) */
  enabled?: boolean;
}

export async function localUsers(): Promise<LocalUser[]> {
  const r = await fetch(`${config().apiUrl}/_local/users`);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.json();
}

export async function localSignIn(username: string): Promise<Session> {
  const r = await fetch(`${config().apiUrl}/_local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  const body = (await r.json()) as { idToken: string; refreshToken?: string };
  return signIn(body.idToken, body.refreshToken);
}

// ------------------------------------------------------------------ Cognito hosted UI with PKCE

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64UrlEncode(crypto.getRandomValues(new Uint8Array(32)));
  return { verifier, challenge: await pkceChallenge(verifier) };
}

export function redirectUri(): string {
  return `${location.origin}/auth/callback`;
}

/** The hosted UI's authorize URL; remembers the verifier, the state and where to return. */
export async function cognitoAuthorizeUrl(c: CognitoAuth, returnTo: string): Promise<string> {
  const { verifier, challenge } = await pkcePair();
  const state = base64UrlEncode(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, returnTo }));
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: c.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    state,
    code_challenge_method: 'S256',
    code_challenge: challenge,
  });
  return `${c.domain}/oauth2/authorize?${q}`;
}

/** Completes the code flow at /auth/callback: checks the state, exchanges the code with the verifier. */
export async function cognitoCallback(c: CognitoAuth, params: URLSearchParams): Promise<string> {
  const saved = JSON.parse(sessionStorage.getItem(PKCE) ?? 'null') as
    | { verifier: string; state: string; returnTo: string }
    | null;
  sessionStorage.removeItem(PKCE);
  if (params.get('error')) throw new Error(params.get('error_description') ?? params.get('error') ?? 'error');
  if (!saved || saved.state !== params.get('state')) throw new Error('state mismatch');
  const r = await fetch(`${c.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: c.clientId,
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      code_verifier: saved.verifier,
    }),
  });
  if (!r.ok) throw new Error(`token: HTTP ${r.status}`);
  const tokens = (await r.json()) as { id_token: string; refresh_token?: string };
  signIn(tokens.id_token, tokens.refresh_token);
  return saved.returnTo || '/dasbor';
}
