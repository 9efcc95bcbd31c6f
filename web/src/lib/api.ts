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
  /** Issue 16 (f16): 'no-store' bypasses the browser's cache of a public answer (an entry is cached 60 s). */
  cache?: RequestCache;
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
  let response = await fetch(config().apiUrl + path, { method: options.method ?? 'GET', headers, body, signal: options.signal, cache: options.cache });
  // an ID token that expired while the tab slept: refresh once and send the request again
  if (response.status === 401 && signed && (await refreshSession()) && auth.session) {
    headers.authorization = `Bearer ${auth.session.idToken}`;
    response = await fetch(config().apiUrl + path, { method: options.method ?? 'GET', headers, body, signal: options.signal, cache: options.cache });
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
  /** Issue 16: the public catalogue of departments' potentials and needs, one entry, and officers' writes. */
  potentials: (params: T.FilterForm<T.PotentialQuery>) => request<T.PotentialPage>(`/potentials${query({ ...params })}`),
  potential: (id: string) => request<T.Potential>(`/potentials/${encodeURIComponent(id)}`),
  createPotential: (body: T.PotentialInput, key = idempotencyKey()) =>
    request<T.Potential>('/potentials', { method: 'POST', body, headers: { 'idempotency-key': key } }),
  updatePotential: (id: string, body: T.PotentialUpdate) =>
    request<T.Potential>(`/potentials/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  // issue 16 (f16): an entry's files; the public download is a plain link (potentialFileUrl)
  requestPotentialUpload: (id: string, body: T.PotentialUploadRequest) =>
    request<T.PotentialUploadTicket>(`/potentials/${encodeURIComponent(id)}/attachments`, { method: 'POST', body }),
  potentialNow: (id: string) => request<T.Potential>(`/potentials/${encodeURIComponent(id)}`, { cache: 'no-store' }),
  detachPotentialFile: (id: string, documentId: string) =>
    request<T.PotentialFilesLeft>(`/potentials/${encodeURIComponent(id)}/attachments/${encodeURIComponent(documentId)}`, { method: 'DELETE' }),
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
  /** Issue 18: proposes an amendment of a running agreement; the key makes a retry propose it once. */
  amend: (id: string, body: T.AmendmentInput, key = idempotencyKey()) =>
    request<T.CaseChange>(`/cooperations/${encodeURIComponent(id)}/amendments`, { method: 'POST', body, headers: { 'idempotency-key': key } }),
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
  /** Issue 17: the templates the caller may generate on the case now, and one generated (a retry with the key: once). */
  availableLetters: (id: string) => request<T.AvailableLetters>(`/cooperations/${encodeURIComponent(id)}/letters`),
  generateLetter: (id: string, template: T.LetterTemplateName, key = idempotencyKey()) =>
    request<T.GeneratedLetter>(`/cooperations/${encodeURIComponent(id)}/letters`, { method: 'POST', body: { template }, headers: { 'idempotency-key': key } }),
  letterTemplates: () => request<T.LetterTemplateList>('/settings/letter-templates'),
  letterTemplate: (name: T.LetterTemplateName) => request<T.LetterTemplateFile>(`/settings/letter-templates/${name}`),
  putLetterTemplate: (name: T.LetterTemplateName, body: T.LetterTemplateUpload) =>
    request<T.LetterTemplateVersion>(`/settings/letter-templates/${name}`, { method: 'PUT', body }),
  resetLetterTemplate: (name: T.LetterTemplateName, version: number) =>
    request<T.LetterTemplateVersion>(`/settings/letter-templates/${name}/reset`, { method: 'POST', body: { version } }),
  /** Issue 18 (h18-owner): an admin hands a leaving officer's files over to a successor. */
  handover: (username: string, successor: string) =>
    request<T.HandoverResult>(`/users/${encodeURIComponent(username)}/handover`, { method: 'POST', body: { successor } }),
  digest: () => request<T.DigestPreferences>('/me/digest-preferences'),
  putDigest: (body: T.DigestReplacement) =>
    request<T.DigestPreferences>('/me/digest-preferences', { method: 'PUT', body }),
  reports: (groupBy: T.ReportGroup, year?: number) => request<T.Report>(`/reports${query({ groupBy, year })}`),
  /** Issue 18 (h18-owner): the agreements' recorded values per year, department or kind. */
  valueReport: (groupBy: 'year' | 'department' | 'category', year?: number) =>
    request<T.ValueReport>(`/reports/value${query({ groupBy, year, format: 'json' })}`),
  foreignAnnual: (year: number) => request<T.ForeignAnnualReport>(`/reports/foreign-annual${query({ year, format: 'json' })}`),
  // issue 18: every running agreement's verified activities of a year
  activitiesReport: (year: number) => request<T.ActivitiesReport>(`/reports/activities${query({ year, format: 'json' })}`),
  /** A file for a case not created yet (admins: any type); its document id goes into the import's documents column. */
  newCaseUpload: (body: T.UploadDeclaration) => request<T.UploadTicket>('/uploads', { method: 'POST', body }),
  newCaseUploadStatus: (documentId: string) => request<T.Upload>(`/uploads/${encodeURIComponent(documentId)}`),
  importDryRun: (file: Blob) =>
    request<T.ImportDryRun>('/imports?dryRun=true', { method: 'POST', raw: file, headers: { 'content-type': file.type || 'text/csv' } }),
  /** The import itself: the key is required; the same file retried with the same key never imports twice. */
  importFile: (file: Blob, key: string) =>
    request<T.ImportDone>('/imports', { method: 'POST', raw: file, headers: { 'content-type': file.type || 'text/csv', 'idempotency-key': key } }),

  // issue 17 (h17-talk): a case's discussion and the officer's notifications
  comments: (id: string, cursor?: string) =>
    request<T.CommentThread>(`/cooperations/${encodeURIComponent(id)}/comments${query({ limit: 100, cursor })}`),
  postComment: (id: string, body: T.NewComment, key = idempotencyKey()) =>
    request<T.Comment>(`/cooperations/${encodeURIComponent(id)}/comments`, { method: 'POST', body, headers: { 'idempotency-key': key } }),
  changeComment: (id: string, commentId: string, body: T.CommentChange) =>
    request<T.Comment>(`/cooperations/${encodeURIComponent(id)}/comments/${encodeURIComponent(commentId)}`, { method: 'PUT', body }),
  partnerComments: (code: string, token: string) =>
    request<T.CommentThread>(`${track(code)}/comments${query({ limit: 100 })}`, { headers: tokenHeader(token) }),
  partnerPostComment: (code: string, token: string, text: string, key = idempotencyKey()) =>
    request<T.Comment>(`${track(code)}/comments`, { method: 'POST', body: { text }, headers: { ...tokenHeader(token), 'idempotency-key': key } }),
  notifications: (limit = 25, cursor?: string) => request<T.NotificationPage>(`/me/notifications${query({ limit, cursor })}`),
  readNotifications: (body: { ids: string[] } | { all: true }) =>
    request<{ marked: number; unread: number }>('/me/notifications/read', { method: 'POST', body }),

  // issue 18 (h18-activities): implementation activities; each write carries an Idempotency-Key (a retry writes once)
  activities: (id: string) => request<T.ActivityList>(`/cooperations/${encodeURIComponent(id)}/activities`),
  recordActivity: (id: string, body: T.ActivityInput, key = idempotencyKey()) =>
    request<T.Activity>(`/cooperations/${encodeURIComponent(id)}/activities`, { method: 'POST', body, headers: { 'idempotency-key': key } }),
  correctActivity: (id: string, activityId: string, body: T.ActivityCorrection, key = idempotencyKey()) =>
    request<T.Activity>(`/cooperations/${encodeURIComponent(id)}/activities/${encodeURIComponent(activityId)}`, { method: 'PUT', body, headers: { 'idempotency-key': key } }),
  verifyActivity: (id: string, activityId: string, version: number, key = idempotencyKey()) =>
    request<T.Activity>(`/cooperations/${encodeURIComponent(id)}/activities/${encodeURIComponent(activityId)}/verification`, { method: 'POST', body: { version }, headers: { 'idempotency-key': key } }),
  returnActivity: (id: string, activityId: string, version: number, reason: string, key = idempotencyKey()) =>
    request<T.Activity>(`/cooperations/${encodeURIComponent(id)}/activities/${encodeURIComponent(activityId)}/return`, { method: 'POST', body: { version, reason }, headers: { 'idempotency-key': key } }),
  partnerActivities: (code: string, token: string) => request<T.ActivityList>(`${track(code)}/activities`, { headers: tokenHeader(token) }),
  partnerRecordActivity: (code: string, token: string, body: T.ActivityInput, key = idempotencyKey()) =>
    request<T.Activity>(`${track(code)}/activities`, { method: 'POST', body, headers: { ...tokenHeader(token), 'idempotency-key': key } }),
  partnerCorrectActivity: (code: string, token: string, activityId: string, body: T.ActivityCorrection, key = idempotencyKey()) =>
    request<T.Activity>(`${track(code)}/activities/${encodeURIComponent(activityId)}`, { method: 'PUT', body, headers: { ...tokenHeader(token), 'idempotency-key': key } }),
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

/** Issue 16 (f16): the public download of an entry's file (the API answers 302 to a short-lived link). */
export function potentialFileUrl(id: string, documentId: string): string {
  return `${config().apiUrl}/potentials/${encodeURIComponent(id)}/attachments/${encodeURIComponent(documentId)}`;
}
