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
