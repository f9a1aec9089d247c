import { MotcuaError } from '../errors.js';
import { type Result, createIssue } from '../issues.js';
import { type IsoDate, isIsoDate, localDateOf } from '../util/dates.js';

/**
 * Dossier codes (mã hồ sơ, Circular 03/2025 Art. 13): `<agency electronic id>-YYMMDD-<sequence>`,
 * the receipt date in Asia/Ho_Chi_Minh and a daily sequence per agency of at least 4 digits, e.g.
 * `000.00.01.H26-250812-0001`.
 */

/** The parts of a dossier code. */
export interface DossierCodeParts {
  readonly agencyElectronicId: string;
  /** The receipt date (years 2000–2099). */
  readonly date: IsoDate;
  readonly sequence: number;
}

const AGENCY_RE = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;
const CODE_RE = /^([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

function checkAgency(agencyElectronicId: string): void {
  if (!AGENCY_RE.test(agencyElectronicId)) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not an agency electronic id: "${agencyElectronicId}"` });
}

/** `YYMMDD` of an instant's date in Asia/Ho_Chi_Minh. */
function yymmdd(instant: number): string {
  const date = localDateOf(instant);
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/**
 * The dossier code of a receipt.
 *
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` for an agency id that is not dot-separated letters
 * and digits, or a sequence that is not a positive integer.
 */
export function formatDossierCode(agencyElectronicId: string, receivedAt: number, sequence: number): string {
  checkAgency(agencyElectronicId);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new MotcuaError('INVALID_ARGUMENT', { detail: `not a sequence number: ${sequence}` });
  if (!Number.isFinite(receivedAt)) throw new MotcuaError('INVALID_ARGUMENT', { detail: 'receivedAt must be epoch milliseconds' });
  return `${agencyElectronicId}-${yymmdd(receivedAt)}-${String(sequence).padStart(4, '0')}`;
}

/** Reads a dossier code; `DOSSIER_BAD_CODE` when it is not one. */
export function parseDossierCode(code: string): Result<DossierCodeParts> {
  const m = CODE_RE.exec(code.trim());
  const date = m ? `20${m[2]}-${m[3]}-${m[4]}` : '';
  const sequence = m ? Number(m[5]) : 0;
  if (!m || !isIsoDate(date) || !Number.isSafeInteger(sequence) || sequence < 1) return { ok: false, issues: [createIssue('DOSSIER_BAD_CODE', { value: code })] };
  return { ok: true, value: { agencyElectronicId: m[1]!, date, sequence }, issues: [] };
}

/** The last sequence issued by each agency, on the date it was issued. Plain JSON, kept by the host. */
export type SequenceCounters = Readonly<Record<string, { readonly date: IsoDate; readonly last: number }>>;

/**
 * The next daily sequence of an agency for a receipt, and the counters after it: 1 on the first
 * receipt of a day, then one more each time. Pure: the host stores the counters (under a lock per
 * agency, as production systems do) and formats the code with {@link formatDossierCode}.
 *
 * @throws {@link MotcuaError} `INVALID_ARGUMENT` when the receipt is on a date before the agency's
 * counter: sequences are issued in time order.
 */
export function nextSequence(counters: SequenceCounters, agencyId: string, receivedAt: number): { readonly sequence: number; readonly counters: SequenceCounters } {
  const date = localDateOf(receivedAt);
  const current = Object.hasOwn(counters, agencyId) ? counters[agencyId] : undefined;
  if (current !== undefined && current.date > date) {
    throw new MotcuaError('INVALID_ARGUMENT', { detail: `the sequence of agency "${agencyId}" is already at ${current.date}, after the receipt date ${date}` });
  }
  const sequence = current !== undefined && current.date === date ? current.last + 1 : 1;
  return { sequence, counters: { ...counters, [agencyId]: { date, last: sequence } } };
}
