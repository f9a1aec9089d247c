/**
 * @packageDocumentation
 * Pure rules of Hanoi's one-stop network: the domain types of a rule pack, the organisation model
 * (units, agencies, areas, phases, legal regimes by date), name resolution, dates in
 * Asia/Ho_Chi_Minh, and the error model. No I/O, no clock, no global state.
 */
export { CODES, formatMessage, isCode, type Code, type Lang, type MessageParams } from './codes.js';
export { MotcuaError, isMotcuaError, toMotcuaError } from './errors.js';
export {
  createIssue,
  fail,
  formatIssue,
  hasErrors,
  issueArea,
  ok,
  translateIssue,
  type Issue,
  type IssueLocation,
  type Result,
  type Severity,
} from './issues.js';
export {
  CitationSchema,
  CitationsSchema,
  ConfidenceSchema,
  IdSchema,
  IsoDateSchema,
  TextSchema,
  datedSchema,
  type Citation,
  type Citations,
  type Confidence,
  type Dated,
  type History,
  type Text,
} from './model/common.js';
export {
  AgencyKindSchema,
  AgencySchema,
  AreaKindSchema,
  AreaSchema,
  DocumentSchema,
  LevelSchema,
  ManifestSchema,
  PhaseSchema,
  RegimeSchema,
  RegisterEntrySchema,
  UnitKindSchema,
  UnitSchema,
  type Agency,
  type AgencyKind,
  type Area,
  type AreaKind,
  type Level,
  type Manifest,
  type PackContent,
  type PackDocument,
  type Phase,
  type Regime,
  type RegisterEntry,
  type Unit,
  type UnitKind,
} from './model/entities.js';
export {
  DAY_MS,
  VN_OFFSET_MS,
  addDays,
  dayNumber,
  daysInMonth,
  formatInstant,
  fromDayNumber,
  isIsoDate,
  localDateOf,
  parseTimeInput,
  type IsoDate,
  type TimeInput,
} from './util/dates.js';
export { closest, editDistance, normalizeName } from './util/names.js';
export {
  allValues,
  createOrganisation,
  inForce,
  isHistory,
  nameAt,
  valueAt,
  type BranchView,
  type Collection,
  type NetworkView,
  type Organisation,
  type Resolved,
  type Row,
} from './org/organisation.js';
export {
  CalendarDaySchema,
  CalendarSchema,
  DayStatusSchema,
  HolidayDateSchema,
  HolidayRuleSchema,
  LunarYearSchema,
  SessionSchema,
  TimeOfDaySchema,
  WeekSchema,
  type Calendar,
  type CalendarDay,
  type DayStatus,
  type HolidayRule,
  type LunarYear,
  type Session,
  type TimeOfDay,
  type Week,
} from './model/calendar.js';
export {
  calendarIdFor,
  compileCalendar,
  timeMs,
  type CalendarOptions,
  type DayInfo,
  type DayReason,
  type WorkingCalendar,
} from './calendar/working-calendar.js';
export {
  clockStart,
  computeDeadline,
  dueInstant,
  mergePauses,
  parseDuration,
  type Deadline,
  type DeadlineOptions,
  type Duration,
  type DurationUnit,
  type Pause,
  type SkippedDay,
} from './calendar/deadline.js';
export {
  VN_CALENDAR_UTC_OFFSET_HOURS,
  hungKingsOf,
  lunarToSolar,
  solarToLunar,
  tetOf,
  type LunarDate,
} from './calendar/lunar.js';
export {
  BasisSchema,
  CONDITION_OPERATORS,
  ChannelSchema,
  ConditionSchema,
  JurisdictionCaseSchema,
  JurisdictionRowSchema,
  ReceiverSchema,
  type Basis,
  type Channel,
  type Condition,
  type ConditionOperator,
  type JurisdictionCase,
  type JurisdictionRow,
  type Receiver,
} from './model/jurisdiction.js';
export { compileCondition, factsOf, type Facts } from './jurisdiction/conditions.js';
export { agencyLineage, type AgencyLineage } from './jurisdiction/lineage.js';
export {
  compileJurisdiction,
  type Receiver as RouteReceiver,
  type Rejection,
  type RejectionReason,
  type RouteQuery,
  type Router,
} from './jurisdiction/router.js';
export {
  KPI_MEASURES,
  KpiGroupSchema,
  KpiIndexSchema,
  KpiIndicatorSchema,
  KpiMeasureSchema,
  ScoreRuleSchema,
  type KpiGroup,
  type KpiIndex,
  type KpiIndicator,
  type KpiMeasure,
  type ScoreRule,
} from './model/kpi-index.js';
export { DOSSIER_STATUSES, RECORD_FIELDS, localDay, readRecord, type DossierRecord, type DossierStatus, type RecordField } from './kpi/record.js';
export { detectRecordFormat, parseRecords, recordsToCsv, type ParsedRecords, type RecordFormat } from './kpi/parse-records.js';
export { createRecordTable, type DictionaryColumn, type RecordTable } from './kpi/table.js';
export { ALL_KEY, KPI_GROUPINGS, NO_BRANCH_KEY, type KpiFigures, type KpiGrouping, type RevisedTimeliness } from './kpi/figures.js';
export { aggregate, periodDays, type KpiQuery, type KpiReport } from './kpi/aggregate.js';
export { COUNTERS, FLAG_DIGITIZED, FLAG_FEE_REQUIRED, FLAG_PAID_ONLINE, NEVER, type Counter } from './kpi/buckets.js';
export { applyEvent, recordsFromEvents, type DossierEventInput } from './kpi/events.js';
export { createKpiTracker, type KpiTracker } from './kpi/incremental.js';
export {
  MEASURES,
  indexInForce,
  scoreIndex,
  scoreOf,
  type Fraction,
  type GroupScore,
  type IndexScore,
  type IndicatorScore,
  type Unscored,
} from './kpi/score-index.js';
export {
  checkSnapshot,
  countsOf,
  freezeReport,
  overrideFigure,
  publishedFigures,
  reviseSnapshot,
  type KpiChange,
  type KpiOverride,
  type KpiSnapshot,
  type KpiSnapshotVersion,
  type PublishedFigures,
} from './kpi/snapshot.js';
export { generateRecords, type GeneratedRecord, type GenerateRecordsOptions } from './kpi/generate.js';
export {
  ClockPolicySchema,
  ComponentFormSchema,
  DurationTextSchema,
  EligibilityRuleSchema,
  FeeSchema,
  ProcedureComponentSchema,
  ProcedureSchema,
  ProcedureVersionSchema,
  type ClockPolicy,
  type ComponentForm,
  type EligibilityRule,
  type Fee,
  type Procedure,
  type ProcedureComponent,
  type ProcedureVersion,
} from './model/procedure.js';
export { createCatalogue, type Catalogue } from './procedure/catalogue.js';
export { procedureQuery } from './procedure/route-query.js';
export { ApplicationSchema, type Application, type CheckedApplication } from './intake/application.js';
export { CHANNEL_WORDS, FORM_WORDS, INTAKE_REASONS, reasonMessage, type IntakeReasonCode } from './intake/reasons.js';
export { createIntake, type Intake, type IntakeDecision, type IntakeReason, type SlipData, type SlipKind } from './intake/validate.js';
export {
  DOSSIER_EVENTS,
  DOSSIER_STATES,
  STATE_INFO,
  TRANSITIONS,
  eventsAllowedIn,
  isDossierState,
  type DossierEventType,
  type DossierStateInfo,
  type DossierStateName,
  type EffectName,
  type GuardName,
  type PauseKind,
  type TransitionRow,
} from './dossier/table.js';
export {
  createDossier,
  createDossierContext,
  dossierInput,
  dueInForce,
  procedureFacts,
  type DossierApology,
  type DossierContext,
  type DossierHandover,
  type DossierHistoryEntry,
  type DossierPause,
  type DossierProcedureFacts,
  type DossierState,
  type NewDossier,
} from './dossier/context.js';
export type { DossierEvent, DossierEventOf } from './dossier/events.js';
export { apologyWindow } from './dossier/guards.js';
export { dossierTransition, replayDossier } from './dossier/transition.js';
export { DOSSIER_MACHINE_ID, createDossierMachine, dossierActorOptions, dossierSnapshot, fromDossierSnapshot, type DossierMachine } from './dossier/machine.js';
export { dueCheck, dueInstants, nextDueAt, type DueAlert, type DueAlertKind, type DueCheckOptions } from './dossier/due-check.js';
export { formatDossierCode, nextSequence, parseDossierCode, type DossierCodeParts, type SequenceCounters } from './dossier/dossier-code.js';
export { DOSSIER_DEFINITION_VERSION, persistDossier, restoreDossier, type PersistedDossier } from './dossier/persist.js';
export { DOSSIER_MIGRATIONS, V1_TO_V2, type DossierMigration } from './dossier/migrations.js';
export { controlSheet, timeliness, type ControlSheetRow, type Timeliness } from './dossier/control-sheet.js';
export { toDossierRecord } from './dossier/kpi-record.js';
export { parseEventHistory } from './kpi/parse-events.js';
