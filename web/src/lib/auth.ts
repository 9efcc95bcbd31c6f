/**
 * Officers' sign-in. In AWS: Cognito's hosted UI, authorization code flow with PKCE (no client secret in the
 * browser). Locally: the local runtime's POST /_local/token for one of its seeded users. Either way the session
 * keeps the ID token (the API's JWT authorizer reads it) in sessionStorage only: it ends with the tab.
 */
import { reactive } from 'vue';
import { config, type CognitoAuth } from './config';

export type Role = 'admin' | 'tkksd' | 'opd' | 'pimpinan';

export interface Session {
  idToken: string;
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
    return s.expiresAt > Date.now() ? s : null;
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

export function signIn(idToken: string): Session {
  const session = sessionFromIdToken(idToken);
  sessionStorage.setItem(KEY, JSON.stringify(session));
  auth.session = session;
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  auth.session = null;
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
  if (auth.session && auth.session.expiresAt <= Date.now()) auth.session = null;
  return !!auth.session;
}

// ------------------------------------------------------------------ local runtime

export interface LocalUser {
  username: string;
  email: string;
  name: string;
  groups: string[];
  opd?: string;
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
  const body = (await r.json()) as { idToken: string };
  return signIn(body.idToken);
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
  const tokens = (await r.json()) as { id_token: string };
  signIn(tokens.id_token);
  return saved.returnTo || '/dasbor';
}
