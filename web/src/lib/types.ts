/**
 * Shapes of the API's requests and answers, taken from the contract (functions/api/openapi.yaml) through the types
 * openapi-typescript generates into api.gen.ts (`npm run gen:api`; run by build, typecheck, test, dev and e2e, and
 * never committed). Nothing here restates a field: a contract change the web does not follow fails `npm run build`.
 * The names are the web's own (the views import them); the few web-only shapes at the end say why they exist.
 */
import type { components, operations } from './api.gen';

type S = components['schemas'];
/** The JSON answer of an operation (its 200, or the status given). */
type Answer<O extends keyof operations, C extends number = 200> =
  operations[O]['responses'] extends { [K in C]: { content: { 'application/json': infer J } } } ? J : never;
/** The JSON body of an operation. */
type Body<O extends keyof operations> =
  operations[O]['requestBody'] extends { content: { 'application/json': infer J } } ? J : never;
/** The query parameters of an operation. */
type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
/** The items of a page answer (the generator gives `{ items?: I[] } & PageFields`, PageFields' items being unknown[]). */
type Items<P extends { items?: unknown[] }> = NonNullable<P['items']>[number];
/** One page of a list: PageFields with its items typed. */
export type Page<I> = Omit<S['PageFields'], 'items'> & { items: I[] };

// ------------------------------------------------------------------ shared

/** Text for people in both languages (read routes). */
export type Bilingual = S['Text'];
/** A code with its label in the caller's language (stage, end reason). */
export type Labelled = S['StageRef'] | S['EndReasonRef'];
export type Category = S['Category'];
export type KsddKind = S['KsddKind'];
export type KsdpkInitiative = S['KsdpkInitiative'];
export type StageName = S['StageName'];
export type DocumentType = S['DocumentType'];
export type PartnerType = S['PartnerType'];
export type EndReasonName = S['EndReasonName'];
export type RegistryStatus = S['RegistryStatus'];
export type DigestFrequency = S['DigestFrequency'];
export type Weekday = S['Weekday'];

// ------------------------------------------------------------------ intake and partners

export type ProposalInput = Body<'submitProposal'>;
export type PartnerInput = ProposalInput['partner'];
export type ProposalCreated = Answer<'submitProposal', 201>;
export type TrackView = Answer<'trackProposal'>;
/** One upload as the partner's view lists it (rejected ones carry `reasonCode` and `reason`). */
export type PartnerUpload = TrackView['uploads'][number];
export type PartnerChange = Answer<'partnerTransition'>;

// ------------------------------------------------------------------ documents

export type DocumentReference = S['DocumentReference'];
export type UploadDeclaration = S['UploadRequest'];
export type UploadTicket = S['UploadTicket'];
export type Download = Answer<'downloadDocument'>;
/** An upload as the documents routes answer it (rejected ones carry `rejection`). */
export type Upload = S['Upload'];
export type UploadList = Answer<'listUploads'>;

// ------------------------------------------------------------------ workflow

export type TransitionInput = Body<'transitionCooperation'>;
export type MonevInput = NonNullable<TransitionInput['monev']>;
export type Recommendation = NonNullable<MonevInput['evaluation']>['recommendation'];
export type CaseView = Answer<'getCooperation'>;
export type CaseChange = Answer<'transitionCooperation'>;
export type Unmet = S['UnmetCondition'];
export type ActionView = S['ActionAvailability'];
export type Ask = ActionView['asks'][number];
export type DocumentVersion = S['DocumentVersion'];
export type TimelineEvent = S['TimelineEvent'];
export type DueDate = S['DueDate'];
export type MonevEntry = S['MonevEntry'];
/** Issue 18: an amendment proposed, the open one and the signed ones of a case. */
export type AmendmentInput = Body<'proposeAmendment'>;
export type OpenAmendment = NonNullable<CaseView['amendment']>;
export type SignedAmendment = NonNullable<CaseView['amendments']>[number];

// ------------------------------------------------------------------ settings and preferences

export type HolidayYear = S['HolidayYear'];
export type Holiday = HolidayYear['holidays'][number];
export type HolidayList = Answer<'listHolidays'>;
export type HolidaysReplacement = Body<'replaceHolidays'>;
/** A department (OPD) of the Pemda's directory. */
export type Department = S['Department'];
export type DepartmentDirectory = S['DepartmentDirectory'];
export type DepartmentsReplacement = Body<'replaceDepartments'>;
export type DigestPreferences = S['DigestPreference'];
/** An officer's account in the user pool, and what admins send to invite or change one. */
export type UserAccount = S['UserAccount'];
// issue 17: letters and drafts from templates
export type LetterTemplateName = S['LetterTemplateName'];
export type LetterTemplateRef = S['LetterTemplateRef'];
export type LetterTemplateVersion = S['LetterTemplateVersion'];
export type GeneratedLetter = S['GeneratedLetter'];
export type AvailableLetters = Answer<'listAvailableLetters'>;
export type LetterTemplateList = Answer<'listLetterTemplates'>;
export type LetterTemplateFile = Answer<'getLetterTemplate'>;
export type LetterTemplateUpload = Body<'uploadLetterTemplate'>;
export type OfficerGroup = S['OfficerGroup'];
export type UserPage = Answer<'listUsers'>;
export type UserQuery = Query<'listUsers'>;
export type NewUser = Body<'createUser'>;
export type UserChange = Body<'changeUser'>;
export type DigestReplacement = Body<'putDigestPreferences'>;
/** Issue 18 (h18-owner): what a hand-over moved, and a case's responsible officer. */
export type HandoverResult = S['HandoverResult'];
export type ResponsibleOfficer = S['ResponsibleOfficer'];
export type ValueReport = S['ValueReport'];

// ------------------------------------------------------------------ read side

export type RegistryEntry = Items<Answer<'listRegistry'>>;
export type RegistryPage = Page<RegistryEntry>;
export type RegistryQuery = Query<'listRegistry'>;
export type Stats = S['Stats'];
export type Verification = S['Verification'];
export type CaseSummary = Items<Answer<'listCooperations'>>;
export type CasePage = Page<CaseSummary>;
export type CaseQuery = Query<'listCooperations'>;
export type Dashboard = S['Dashboard'];
export type TaskList = S['TaskList'];
export type Task = S['Task'];
export type TaskQuery = Query<'myTasks'>;
export type Report = S['GroupedReport'];
export type ReportGroup = Report['groupBy'];
export type ForeignAnnualReport = S['ForeignAnnualReport'];
export type ForeignAnnualItem = ForeignAnnualReport['items'][number];
// issue 18: the reports page's verified activities per agreement and year
export type ActivitiesReport = S['ActivitiesReport'];

/** One problem of one row of an import file: the spreadsheet row (header = 1), the column (null: the row as a whole). */
export type ImportProblem = S['RowProblem'];
export type ImportDryRun = S['ImportCheck'];
export type ImportDone = Answer<'importAgreements', 201>;

// ------------------------------------------------------------------ web-only

/**
 * An upload as the upload box waits for it: the partner's view and the documents routes describe an upload with
 * different members (the partner's `reasonCode`/`reason`, the officers' `rejection`), and the box serves both.
 */
export type UploadStatus = PartnerUpload | Upload;

/**
 * The application as its form sends it: a duration not filled in goes as null, and the API's 422 names it under the
 * field (the web does not restate the API's validation); everything else is the contract's body.
 */
export type ProposalDraft = Omit<ProposalInput, 'durationMonths'> & { durationMonths: ProposalInput['durationMonths'] | null };

/** A list's query as a filter form holds it: '' is a filter not set, which `query()` leaves out. */
export type FilterForm<Q> = { [K in keyof Q]?: Q[K] | '' };

/** POST /cooperations: a department's own initiative, the proposal's fields (durationMonths may be left empty). */
export type OpeningInput = Body<'openCooperation'>;
export type OpeningDraft = Omit<OpeningInput, 'durationMonths'> & { durationMonths: OpeningInput['durationMonths'] | null };
export type CaseOpened = Answer<'openCooperation', 201>;

// ------------------------------------------------------------------ issue 16 (h16-link): answering an entry

/** The potential or need a case answers (on the case view). */
export type AnsweredPotential = S['AnsweredPotential'];
/** How many proposals answer an entry, and the public agreements it led to. */
export type PotentialAnswers = S['PotentialAnswers'];
/** Entries per department and field (GET /reports/potentials). */
export type PotentialsReport = S['PotentialsReport'];
// ------------------------------------------------------------------ issue 16: potentials and needs

export type Potential = S['Potential'];
// issue 16 (f16): an entry's files
export type PotentialUploadRequest = S['PotentialUploadRequest'];
export type PotentialUploadTicket = S['PotentialUploadTicket'];
export type PotentialFilesLeft = S['PotentialFilesLeft'];
export type PotentialKind = S['PotentialKind'];
export type PotentialStatus = S['PotentialStatus'];
export type PotentialField = S['PotentialField'];
export type ExpectedForm = S['ExpectedForm'];
export type PotentialPage = Page<Potential>;
export type PotentialQuery = Query<'listPotentials'>;
/** POST /potentials; PUT adds the version the editor saw. */
export type PotentialInput = S['PotentialRequest'];
export type PotentialUpdate = PotentialInput & { version: number };

// ------------------------------------------------------------------ issue 17 (h17-talk): discussion and notifications

export type Comment = S['Comment'];
export type CommentThread = S['CommentThread'];
export type NewComment = S['NewComment'];
export type CommentChange = S['CommentChange'];
export type NotificationItem = S['Notification'];
export type NotificationPage = S['NotificationPage'];
export type NotificationKind = S['NotificationKind'];

// issue 17 (h17-sign): TKKSD members' opinions
export type ReviewBoard = S['MemberReviewBoard'];
export type MemberReview = S['MemberReview'];
export type ReviewOpinion = S['ReviewOpinion'];
export type ReviewSubject = S['ReviewSubject'];
export type ReviewInput = Body<'recordMemberReview'>;
// issue 17 (h17-sign): the signing schedule
export type SigningSchedule = S['SigningSchedule'];
export type SigningInput = Body<'proposeSigningSchedule'>;
export type SigningSaved = Answer<'proposeSigningSchedule'>;
// issue 17 (h17-cal): the signing calendar
export type SigningCalendar = S['SigningCalendar'];
export type CalendarSigning = SigningCalendar['signings'][number];
export type CalendarDeadline = SigningCalendar['deadlines'][number];

// ------------------------------------------------------------------ issue 18 (h18-activities): implementation activities

export type Activity = S['Activity'];
export type ActivityList = S['ActivityList'];
export type ActivityInput = S['ActivityRequest'];
export type ActivityCorrection = S['ActivityCorrection'];
export type ActivityParty = S['ActivityParty'];
