/** The Si Kerja HTTP API: JSON in and out, problem+json errors as ApiError, the officer's token when signed in. */
import { config } from './config';
import { auth, refreshSession } from './auth';
import { ApiError, type Problem } from './problem';
import type * as T from './types';

let language = 'id';
export function setApiLanguage(lang: string): void {
  language = lang;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw body (a file) sent as is with its own content type. */
  raw?: Blob | string;
  signal?: AbortSignal;
}

export async function request<R>(path: string, options: RequestOptions = {}): Promise<R> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language, ...options.headers };
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const signed = !!auth.session && !headers.authorization;
  if (signed) headers.authorization = `Bearer ${auth.session!.idToken}`;
  let response = await fetch(config().apiUrl + path, { method: options.method ?? 'GET', headers, body, signal: options.signal });
  // an ID token that expired while the tab slept: refresh once and send the request again
  if (response.status === 401 && signed && (await refreshSession()) && auth.session) {
    headers.authorization = `Bearer ${auth.session.idToken}`;
    response = await fetch(config().apiUrl + path, { method: options.method ?? 'GET', headers, body, signal: options.signal });
  }
  const type = response.headers.get('content-type') ?? '';
  const payload = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const problem: Problem =
      payload && typeof payload === 'object'
        ? { status: response.status, ...(payload as object) }
        : { status: response.status, title: typeof payload === 'string' && payload ? payload : `HTTP ${response.status}` };
    if (!problem.title && typeof (payload as { message?: string })?.message === 'string') {
      problem.title = (payload as { message: string }).message;
    }
    throw new ApiError(response.status, problem);
  }
  return payload as R;
}

/** A query string of the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

function idempotencyKey(): string {
  return crypto.randomUUID();
}

const track = (code: string) => `/track/${encodeURIComponent(code)}`;
const tokenHeader = (token: string) => ({ 'x-access-token': token });

export const api = {
  // public
  propose: (body: T.ProposalDraft, key = idempotencyKey()) =>
    request<T.ProposalCreated>('/proposals', { method: 'POST', body, headers: { 'idempotency-key': key } }),
  track: (code: string, token: string) => request<T.TrackView>(track(code), { headers: tokenHeader(token) }),
  partnerTransition: (code: string, token: string, body: T.TransitionInput) =>
    request<T.PartnerChange>(`${track(code)}/transitions`, { method: 'POST', body, headers: tokenHeader(token) }),
  partnerUpload: (code: string, token: string, body: T.UploadDeclaration) =>
    request<T.UploadTicket>(`${track(code)}/uploads`, { method: 'POST', body, headers: tokenHeader(token) }),
  partnerDownload: (code: string, token: string, type: string, version: number) =>
    request<T.Download>(`${track(code)}/documents/${type}/${version}`, { headers: tokenHeader(token) }),
  registry: (params: T.FilterForm<T.RegistryQuery>) => request<T.RegistryPage>(`/registry${query({ ...params })}`),
  registryEntry: (id: string) => request<T.RegistryEntry>(`/registry/${encodeURIComponent(id)}`),
  stats: () => request<T.Stats>('/stats'),
  verify: (sha256: string) => request<T.Verification>(`/verify/${sha256}`),
  /** The department directory: public, for the application form; admins replace it conditional on its version. */
  departments: () => request<T.DepartmentDirectory>('/settings/departments'),

  // officers
  cases: (params: T.FilterForm<T.CaseQuery>) => request<T.CasePage>(`/cooperations${query({ ...params })}`),
  dashboard: () => request<T.Dashboard>('/dashboard'),
  /** What waits on the calling officer now (the server reads the process table), most urgent first. */
  tasks: (params: T.FilterForm<T.TaskQuery>) => request<T.TaskList>(`/me/tasks${query({ ...params })}`),
  /** Issue 17: the month's signings and legal deadlines (month: YYYY-MM), scoped like the case list. */
  signings: (month: string) => request<T.SigningCalendar>(`/signings${query({ month })}`),
  /** A department-initiated case (OPD for its own department, or admin); the key makes a retry create it once. */
  openCase: (body: T.OpeningDraft, key = idempotencyKey()) =>
    request<T.CaseOpened>('/cooperations', { method: 'POST', body, headers: { 'idempotency-key': key } }),
  /** A new case extending a signed agreement; the key makes a retry open it once. */
  extend: (id: string, body: { note?: string }, key = idempotencyKey()) =>
    request<T.CaseChange>(`/cooperations/${encodeURIComponent(id)}/extensions`, { method: 'POST', body, headers: { 'idempotency-key': key } }),
  /** A PKS case under a signed KB. */
  childPks: (id: string, body: { departments: string[]; title?: string; note?: string }, key = idempotencyKey()) =>
    request<T.CaseChange>(`/cooperations/${encodeURIComponent(id)}/child-pks`, { method: 'POST', body, headers: { 'idempotency-key': key } }),
  case: (id: string) => request<T.CaseView>(`/cooperations/${encodeURIComponent(id)}`),
  /** Issue 17: the TKKSD members' opinions on the case and their tally; a member records their own. */
  reviews: (id: string) => request<T.ReviewBoard>(`/cooperations/${encodeURIComponent(id)}/reviews`),
  recordReview: (id: string, body: T.ReviewInput) =>
    request<T.ReviewBoard>(`/cooperations/${encodeURIComponent(id)}/reviews`, { method: 'POST', body }),
  /** Issue 17: the signing's schedule; a department or an admin proposes or moves it, an admin approves it. */
  signing: (id: string) => request<{ schedule: T.SigningSchedule | null }>(`/cooperations/${encodeURIComponent(id)}/signing-schedule`),
  proposeSigning: (id: string, body: T.SigningInput) =>
    request<T.SigningSaved>(`/cooperations/${encodeURIComponent(id)}/signing-schedule`, { method: 'POST', body }),
  approveSigning: (id: string, version: number) =>
    request<T.SigningSaved>(`/cooperations/${encodeURIComponent(id)}/signing-schedule/approve`, { method: 'POST', body: { version } }),
  transition: (id: string, body: T.TransitionInput) =>
    request<T.CaseChange>(`/cooperations/${encodeURIComponent(id)}/transitions`, { method: 'POST', body }),
  upload: (id: string, body: T.UploadDeclaration) =>
    request<T.UploadTicket>(`/cooperations/${encodeURIComponent(id)}/uploads`, { method: 'POST', body }),
  uploads: (id: string) => request<T.UploadList>(`/cooperations/${encodeURIComponent(id)}/uploads`),
  download: (id: string, type: string, version: number) =>
    request<T.Download>(`/cooperations/${encodeURIComponent(id)}/documents/${type}/${version}`),
  holidays: () => request<T.HolidayList>('/settings/holidays'),
  putHolidays: (year: number, body: T.HolidaysReplacement) =>
    request<T.HolidayYear>(`/settings/holidays/${year}`, { method: 'PUT', body }),
  putDepartments: (body: T.DepartmentsReplacement) =>
    request<T.DepartmentDirectory>('/settings/departments', { method: 'PUT', body }),
  /** Officers' accounts (admins): a page of the list, an invitation (the key makes a retry invite once), a change. */
  users: (params: T.UserQuery) => request<T.UserPage>(`/users${query({ ...params })}`),
  createUser: (body: T.NewUser, key = idempotencyKey()) =>
    request<T.UserAccount>('/users', { method: 'POST', body, headers: { 'idempotency-key': key } }),
  changeUser: (username: string, body: T.UserChange) =>
    request<T.UserAccount>(`/users/${encodeURIComponent(username)}`, { method: 'PUT', body }),
  digest: () => request<T.DigestPreferences>('/me/digest-preferences'),
  putDigest: (body: T.DigestReplacement) =>
    request<T.DigestPreferences>('/me/digest-preferences', { method: 'PUT', body }),
  reports: (groupBy: T.ReportGroup, year?: number) => request<T.Report>(`/reports${query({ groupBy, year })}`),
  foreignAnnual: (year: number) => request<T.ForeignAnnualReport>(`/reports/foreign-annual${query({ year, format: 'json' })}`),
  /** A file for a case not created yet (admins: any type); its document id goes into the import's documents column. */
  newCaseUpload: (body: T.UploadDeclaration) => request<T.UploadTicket>('/uploads', { method: 'POST', body }),
  newCaseUploadStatus: (documentId: string) => request<T.Upload>(`/uploads/${encodeURIComponent(documentId)}`),
  importDryRun: (file: Blob) =>
    request<T.ImportDryRun>('/imports?dryRun=true', { method: 'POST', raw: file, headers: { 'content-type': file.type || 'text/csv' } }),
  /** The import itself: the key is required; the same file retried with the same key never imports twice. */
  importFile: (file: Blob, key: string) =>
    request<T.ImportDone>('/imports', { method: 'POST', raw: file, headers: { 'content-type': file.type || 'text/csv', 'idempotency-key': key } }),
};

/** A file the API serves (an export): fetched with the officer's token and saved through a blob URL. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language };
  if (auth.session) headers.authorization = `Bearer ${auth.session.idToken}`;
  const response = await fetch(config().apiUrl + path, { headers });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: `HTTP ${response.status}` }));
    throw new ApiError(response.status, { status: response.status, ...problem });
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
