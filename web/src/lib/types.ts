/** Shapes of the API's answers, as the functions write them (see CaseJson, the intake and documents handlers). */

export type Bilingual = { id: string; en: string };
export interface Labelled { code: string; label: string }

export interface PartnerInput {
  name: string;
  type: string;
  regionOrCountry: string;
  address: string;
  contactPerson: string;
  email: string;
  phone: string;
}

export interface ProposalInput {
  category: string;
  ksddKind?: string;
  ksdpkInitiative?: string;
  partner: PartnerInput;
  title: string;
  background: string;
  purpose: string;
  scope: string;
  expectedBenefits: string;
  location: string;
  durationMonths: number | null;
  financing: string;
  departments: string[];
}

export interface ProposalCreated {
  id: string;
  trackingCode: string;
  accessToken: string;
  stage: string;
  submittedAt: string;
  trackingUrl?: string;
  message?: string;
}

export interface TrackView {
  trackingCode: string;
  title: string;
  category: string;
  partnerName: string;
  stage: string;
  stageLabel: string;
  version: number;
  submittedAt: string;
  updatedAt: string;
  history: Array<{ at: string; action: string; stage: string; stageLabel: string; note: string | null }>;
  nextSteps: Array<{ partnerMustAct: boolean; id: string; en: string }>;
  uploads: UploadStatus[];
}

export interface UploadStatus {
  documentId: string;
  type: string;
  typeLabel?: string;
  label?: string;
  fileName: string;
  status: 'PENDING' | 'REGISTERED' | 'REJECTED' | 'EXPIRED';
  requestedAt: string;
  decidedAt?: string | null;
  version?: number | null;
  reasonCode?: string | null;
  reason?: string | null;
  /** the tracking view's reason in English (reason is Indonesian) */
  reasonEn?: string | null;
  rejection?: { code: string; message: string } | null;
}

export interface DocumentReference {
  type: string;
  storageKey: string;
  sha256: string;
  fileName: string;
}

export interface UploadDeclaration {
  type: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface UploadTicket {
  documentId: string;
  type: string;
  status: string;
  upload: { method: string; url: string; headers: Record<string, string>; expiresAt: string };
  reference: DocumentReference;
}

export interface Download {
  method: string;
  url: string;
  expiresAt: string;
  document: { type: string; label: string; version: number; fileName: string; sha256: string; registeredAt: string };
}

export interface MonevInput {
  periodDate: string;
  summary: string;
  evaluation?: { scores: Record<string, number>; rating: number; recommendation: string };
}

export interface TransitionInput {
  action: string;
  version: number;
  note?: string;
  facts?: Record<string, string | number | boolean>;
  documents?: DocumentReference[];
  endReason?: string;
  monev?: MonevInput;
  departments?: string[];
}

export interface PartnerChange {
  trackingCode: string;
  version: number;
  stage: Labelled;
  updatedAt: string;
}

export interface Unmet { kind: string; code: string; field: string | null; message: string }

export interface Ask { fact: string; label: string; type: 'date' | 'boolean' | 'integer' | 'number' | 'choice' | 'text'; choices?: string[] }

export interface ActionView {
  action: string;
  label: string;
  target: Labelled | null;
  permitted: boolean;
  allowed: boolean;
  reasons: Unmet[];
  asks: Ask[];
  inputs: string[];
  documentTypes: Array<{ type: string; label: string }>;
}

export interface DocumentVersion {
  type: string;
  label: string;
  version: number;
  sha256: string;
  fileName: string;
  registeredAt: string;
  registeredBy: string;
  registeredByRole: string;
}

export interface TimelineEvent {
  at: string;
  actor: { id: string; role: string; roleLabel: string };
  action: string;
  actionLabel: string;
  from: Labelled | null;
  to: Labelled;
  note: string | null;
  facts: Record<string, string>;
  documents: Array<{ type: string; version: number }>;
  endReason: Labelled | null;
}

export interface DueDate { kind: string; label: string; date: string; recipients: string[]; note: string | null }

export interface MonevEntry {
  kind: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  at: string;
  role: string;
  summary: string;
  documents: Array<{ type: string; version: number }>;
  evaluation: { scores: Record<string, number>; rating: number; recommendation: string } | null;
}

export interface CaseView {
  id: string;
  version: number;
  title: string;
  category: string;
  ksddKind: string | null;
  ksdpkInitiative: string | null;
  origin: string;
  stage: Labelled;
  stageEnteredAt: string;
  departments: string[];
  trackingCode: string | null;
  parentId: string | null;
  endReason: Labelled | null;
  createdAt: string;
  updatedAt: string;
  proposal: ProposalInput;
  facts: Array<{ fact: string; label: string; value: string }>;
  documents: DocumentVersion[];
  monev: MonevEntry[];
  timeline: TimelineEvent[];
  dueDates: DueDate[];
  warnings: Unmet[];
  actions: ActionView[];
}

export interface CaseChange {
  id: string;
  version: number;
  stage: Labelled;
  dueDates: DueDate[];
}

export interface Holiday { date: string; name: string; kind: string }
export interface HolidayYear {
  year: number;
  version: number;
  source: 'STORED' | 'SHIPPED';
  updatedAt: string | null;
  updatedBy: string | null;
  holidays: Holiday[];
}

/** A department (OPD) of the Pemda's directory. */
export interface Department { code: string; name: string }

export interface DepartmentDirectory {
  version: number;
  source: 'STORED' | 'SHIPPED';
  departments: Department[];
}

export interface DigestPreferences { frequency: 'DAILY' | 'WEEKLY' | 'OFF'; weekday: string | null; saved?: boolean }

// ------------------------------------------------------------------ read side (contract of issue 6)

export interface Page<I> { items: I[]; nextCursor: string | null; total: number }

export interface RegistryEntry {
  id: string;
  title: string;
  category: string;
  parties: Array<{ name: string; kind: string }>;
  departments: Array<{ code: string; name: string }>;
  field: string | null;
  signedOn: string | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
  documents: Array<{ type: string; version: number; sha256: string }>;
}

export interface RegistryQuery {
  q?: string;
  category?: string;
  status?: string;
  year?: string | number;
  department?: string;
  field?: string;
  limit?: number;
  cursor?: string;
}

export interface Stats {
  total: number;
  byYear: Record<string, number>;
  byCategory: Record<string, number>;
  byStage: Record<string, number>;
  byDepartment: Record<string, number>;
  byPartnerRegion: Record<string, number>;
  endingSoon: Array<{ id: string; title: string; endDate: string }>;
}

export interface Verification {
  sha256: string;
  genuine: boolean;
  agreement: RegistryEntry | null;
  document: { type: string; version: number; registeredAt: string } | null;
}

export interface CaseSummary {
  id: string;
  trackingCode: string | null;
  title: string;
  category: string;
  stage: string;
  partner: { name: string; type: string; region: string | null };
  departments: string[];
  field: string | null;
  createdAt: string;
  updatedAt: string;
  startDate: string | null;
  endDate: string | null;
  nextDue: { kind: string; date: string; overdue: boolean } | null;
  inBudget: boolean;
}

export interface CaseQuery {
  stage?: string;
  category?: string;
  department?: string;
  partner?: string;
  year?: string | number;
  dueBefore?: string;
  endingWithinDays?: number;
  q?: string;
  sort?: string;
  limit?: number;
  cursor?: string;
}

export interface Dashboard {
  asOf: string;
  byStage: Record<string, number>;
  overdue: number;
  dueThisWeek: number;
  endingWithin180Days: number;
  total: number;
}

export interface Report {
  groupBy: string;
  year: number | null;
  rows: Array<{ key: string; label: Bilingual; total: number; byStage: Record<string, number> }>;
}

export interface ForeignAnnualItem {
  id: string;
  title: string;
  category: string;
  partner: { name: string; type: string; country: string | null };
  agreementNumber: string | null;
  signedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  field: string | null;
  departments: string[];
  stage: { code: string; label: Bilingual };
  endReason: { code: string; label: Bilingual } | null;
  activities: Array<{ period: string; periodStart: string; periodEnd: string; kind: string; summary: string }>;
  evaluation: { rating: number; recommendation: string } | null;
  budget: { inRkpd: boolean | null; inApbd: boolean | null; year: number | null; amount: string | null };
}
/** GET /reports/foreign-annual: the yearly report of foreign cooperation, whom it goes to and by when. */
export interface ForeignAnnualReport { year: number; recipient: { code: string; label: Bilingual }; dueBy: string; items: ForeignAnnualItem[] }

/** One problem of one row of an import file: the spreadsheet row (header = 1), the column (null: the row as a whole). */
export interface ImportProblem { row: number; field: string | null; code: string; message: Bilingual }
export interface ImportDryRun { dryRun: true; rows: number; valid: number; problems: ImportProblem[] }
export interface ImportDone { imported: number; ids: string[] }
