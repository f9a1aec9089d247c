import { type Issue, createIssue } from '../issues.js';
import type { Lang } from '../codes.js';
import type { Channel } from '../model/jurisdiction.js';
import { DAY_MS, VN_OFFSET_MS, dayNumber, parseTimeInput } from '../util/dates.js';

/**
 * National dossier status codes used with the national portal (DVCQG), 1–10. The KPI engine reads a
 * record's status as its status at the end of the reporting period.
 */
export const DOSSIER_STATUSES = {
  1: { vi: 'Mới đăng ký', en: 'Submitted, awaiting receipt' },
  2: { vi: 'Được tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not received (refused)' },
  4: { vi: 'Đang xử lý', en: 'In process' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' },
  8: { vi: 'Dừng xử lý', en: 'Stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Resolved' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
} as const;
export type DossierStatus = keyof typeof DOSSIER_STATUSES;

/**
 * One dossier as the KPI engine reads it (MISSION §5), with its instants as epoch milliseconds.
 * A due date given as a bare date is the start of that day in Asia/Ho_Chi_Minh.
 */
export interface DossierRecord {
  readonly id: string;
  readonly procedureCode: string;
  readonly agencyId: string;
  readonly receivingUnitId: string;
  readonly channel: Channel;
  readonly receivedAt: number;
  readonly dueAt: number;
  readonly revisedDueAt?: number | undefined;
  readonly resolvedAt?: number | undefined;
  readonly returnedAt?: number | undefined;
  readonly status: DossierStatus;
  readonly digitized: boolean;
  readonly feeRequired: boolean;
  readonly paidOnline: boolean;
}

/** The fields of a record in the order the CSV header names them. */
export const RECORD_FIELDS = [
  'id',
  'procedureCode',
  'agencyId',
  'receivingUnitId',
  'channel',
  'receivedAt',
  'dueAt',
  'revisedDueAt',
  'resolvedAt',
  'returnedAt',
  'status',
  'digitized',
  'feeRequired',
  'paidOnline',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** Fields every record must have. */
export const REQUIRED_FIELDS: readonly RecordField[] = ['id', 'procedureCode', 'agencyId', 'receivingUnitId', 'channel', 'receivedAt', 'dueAt', 'status'];
const CHANNELS: readonly string[] = ['direct', 'online', 'postal'];

/** The local day (days since 1970-01-01 in Asia/Ho_Chi_Minh) of an instant. */
export function localDay(instant: number): number {
  return Math.floor((instant + VN_OFFSET_MS) / DAY_MS);
}

type Where = { line?: number | undefined; file?: string | undefined; lang?: Lang | undefined };

/**
 * Checks one record given as an object of fields (from a JSON line, or from CSV cells when
 * `cells` is true, where every value is text and an empty cell means absent). Returns the record,
 * or the issues that say which field is wrong and why.
 */
export function readRecord(fields: Readonly<Record<string, unknown>>, where: Where & { cells?: boolean | undefined } = {}): { record?: DossierRecord; issues: Issue[] } {
  const issues: Issue[] = [];
  const { cells = false, lang, ...location } = where;
  const at = (field: string) => ({ ...location, path: [field], lang });
  const present = (field: string) => {
    const v = fields[field];
    return v !== undefined && v !== null && !(cells && v === '');
  };
  for (const field of REQUIRED_FIELDS) if (!present(field)) issues.push(createIssue('RECORD_MISSING_FIELD', { field }, at(field)));
  if (issues.length > 0) return { issues };

  const bad = (field: string, expected: string) => {
    issues.push(createIssue('RECORD_BAD_FIELD', { field, value: String(fields[field]).slice(0, 60), expected }, at(field)));
    return undefined;
  };
  const text = (field: RecordField) => {
    const v = fields[field];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : bad(field, lang === 'vi' ? 'một chuỗi không rỗng' : 'a non-empty string');
  };
  const instant = (field: RecordField) => {
    if (!present(field)) return undefined;
    const v = fields[field];
    const t = typeof v === 'string' ? parseTimeInput(v) : undefined;
    if (!t) return bad(field, lang === 'vi' ? 'ngày giờ ISO 8601' : 'an ISO 8601 date-time');
    return t.kind === 'instant' ? t.instant : dayNumber(t.date) * DAY_MS - VN_OFFSET_MS;
  };
  const flag = (field: RecordField) => {
    if (!present(field)) return false;
    const v = fields[field];
    if (typeof v === 'boolean') return v;
    if (cells && typeof v === 'string') {
      const t = v.trim().toLowerCase();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
    }
    bad(field, 'true | false');
    return false;
  };

  const id = text('id');
  const procedureCode = text('procedureCode');
  const agencyId = text('agencyId');
  const receivingUnitId = text('receivingUnitId');
  const channel = fields.channel;
  if (typeof channel !== 'string' || !CHANNELS.includes(channel)) bad('channel', 'direct | online | postal');
  const rawStatus = cells && typeof fields.status === 'string' && /^\d+$/.test(fields.status.trim()) ? Number(fields.status) : fields.status;
  const status = Number.isInteger(rawStatus) && (rawStatus as number) >= 1 && (rawStatus as number) <= 10 ? (rawStatus as DossierStatus) : bad('status', lang === 'vi' ? 'mã trạng thái 1–10' : 'a status code 1–10');
  const receivedAt = instant('receivedAt');
  const dueAt = instant('dueAt');
  const revisedDueAt = instant('revisedDueAt');
  const resolvedAt = instant('resolvedAt');
  const returnedAt = instant('returnedAt');
  const digitized = flag('digitized');
  const feeRequired = flag('feeRequired');
  const paidOnline = flag('paidOnline');
  if (issues.length > 0 || id === undefined || status === undefined || receivedAt === undefined || dueAt === undefined) return { issues };

  const inconsistent = (detail: Record<Lang, string>, field: string) => {
    issues.push(createIssue('RECORD_INCONSISTENT', { id, detail: detail[lang ?? 'en'] }, at(field)));
  };
  if ((status === 9 || status === 10) && resolvedAt === undefined && returnedAt === undefined) {
    inconsistent({ vi: 'trạng thái 9/10 cần resolvedAt (hoặc returnedAt).', en: 'status 9/10 needs resolvedAt (or returnedAt).' }, 'resolvedAt');
  }
  if (localDay(dueAt) < localDay(receivedAt)) inconsistent({ vi: 'dueAt trước ngày tiếp nhận.', en: 'dueAt is before receivedAt.' }, 'dueAt');
  if (resolvedAt !== undefined && resolvedAt < receivedAt) inconsistent({ vi: 'resolvedAt trước receivedAt.', en: 'resolvedAt is before receivedAt.' }, 'resolvedAt');
  if (issues.length > 0) return { issues };

  return {
    record: {
      id,
      procedureCode: procedureCode!,
      agencyId: agencyId!,
      receivingUnitId: receivingUnitId!,
      channel: channel as Channel,
      receivedAt,
      dueAt,
      revisedDueAt,
      resolvedAt,
      returnedAt,
      status,
      digitized,
      feeRequired,
      paidOnline,
    },
    issues,
  };
}
