/** Runtime configuration, read from /config.json at start (produced from the stack outputs, or by the local runtime). */
export interface CognitoAuth {
  mode: 'cognito';
  /** Hosted UI base, e.g. https://sikerja-dev.auth.ap-southeast-3.amazoncognito.com */
  domain: string;
  clientId: string;
  userPoolId?: string;
}

export interface LocalAuth {
  mode: 'local';
}

export interface AppConfig {
  apiUrl: string;
  region?: string;
  pemdaName?: string;
  /** The Pemda's logo (an image URL), shown in the header when set. */
  logoUrl?: string;
  /** The Bagian Kerja Sama's contact, shown in the footer and on /privasi when set. */
  contactEmail?: string;
  contactPhone?: string;
  contactAddress?: string;
  /** The Pemda's IANA time zone (PEMDA_ZONE), e.g. Asia/Makassar; times are shown in it. */
  timeZone?: string;
  auth: CognitoAuth | LocalAuth;
}

let current: AppConfig | null = null;

export function config(): AppConfig {
  if (!current) throw new Error('config not loaded');
  return current;
}

export function setConfig(value: AppConfig): void {
  current = { ...value, apiUrl: value.apiUrl.replace(/\/+$/, '') };
}

/** Reads and checks config.json; throws with a readable message when it is missing or incomplete. */
export async function loadConfig(fetcher: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetcher('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const value = (await response.json()) as Partial<AppConfig>;
  if (typeof value.apiUrl !== 'string' || !value.apiUrl) throw new Error('config.json: apiUrl is missing');
  const auth = value.auth ?? { mode: 'local' };
  if (auth.mode === 'cognito' && (!auth.domain || !auth.clientId)) {
    throw new Error('config.json: auth.domain and auth.clientId are needed for Cognito');
  }
  setConfig({ ...value, apiUrl: value.apiUrl, auth } as AppConfig);
  return config();
}
