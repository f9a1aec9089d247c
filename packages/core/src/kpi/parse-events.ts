import type { Lang } from '../codes.js';
import { type Issue, createIssue } from '../issues.js';
import { DAY_MS, VN_OFFSET_MS, dayNumber, parseTimeInput } from '../util/dates.js';
import { type DossierEventInput, applyEvent } from './events.js';
import type { ParsedRecords } from './parse-records.js';
import type { DossierRecord } from './record.js';

const TYPES = ['received', 'status', 'reappointed', 'digitized', 'paid'] as const;
const CHANNELS: readonly unknown[] = ['direct', 'online', 'postal'];

/**
 * Reads a dossier event history as NDJSON — one `DossierEventInput` a line, instants as ISO 8601
 * text (`"at": "2025-08-04T09:00"`) — and folds it into the current record of each dossier, in the
 * order of the lines. A line that does not parse, or an event for a dossier whose `received` event
 * has not come yet, is skipped and reported with its line number, like a bad record line.
 */
export function parseEventHistory(text: string, options: { file?: string | undefined; lang?: Lang | undefined } = {}): ParsedRecords {
  const { file, lang } = options;
  const records = new Map<string, DossierRecord>();
  const issues: Issue[] = [];
  let skipped = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    const where = { line, file, lang };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.push(createIssue('RECORD_BAD_JSON', { line, detail: (error as Error).message }, where));
      skipped++;
      return;
    }
    const event = readEvent(value, where, issues);
    if (!event) {
      skipped++;
      return;
    }
    const record = records.get(event.id);
    if (!record && event.type !== 'received') {
      const detail = lang === 'vi' ? `sự kiện "${event.type}" đến trước sự kiện "received".` : `event "${event.type}" comes before its "received" event.`;
      issues.push(createIssue('RECORD_INCONSISTENT', { id: event.id, detail }, { ...where, path: ['type'] }));
      skipped++;
      return;
    }
    records.set(event.id, applyEvent(record, event));
  });
  return { records: [...records.values()], issues, skipped };
}

function readEvent(value: unknown, where: { line: number; file?: string | undefined; lang?: Lang | undefined }, issues: Issue[]): DossierEventInput | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(createIssue('RECORD_NOT_OBJECT', { line: where.line }, where));
    return undefined;
  }
  const e = value as Record<string, unknown>;
  const before = issues.length;
  const missing = (field: string) => issues.push(createIssue('RECORD_MISSING_FIELD', { field }, { ...where, path: [field] }));
  const bad = (field: string, expected: string) => issues.push(createIssue('RECORD_BAD_FIELD', { field, value: String(e[field]).slice(0, 60), expected }, { ...where, path: [field] }));
  const instant = (field: string): number | undefined => {
    if (e[field] === undefined) return void missing(field);
    const t = typeof e[field] === 'string' ? parseTimeInput(e[field] as string) : undefined;
    if (!t) return void bad(field, where.lang === 'vi' ? 'ngày giờ ISO 8601' : 'an ISO 8601 date-time');
    return t.kind === 'instant' ? t.instant : dayNumber(t.date) * DAY_MS - VN_OFFSET_MS;
  };
  const text = (field: string) => (typeof e[field] === 'string' && e[field] !== '' ? (e[field] as string) : void (e[field] === undefined ? missing(field) : bad(field, 'text')));

  if (e.type === undefined) missing('type');
  else if (!TYPES.includes(e.type as never)) bad('type', TYPES.join(' | '));
  const id = text('id');
  const at = instant('at');
  if (issues.length > before || id === undefined || at === undefined) return undefined;
  switch (e.type as (typeof TYPES)[number]) {
    case 'received': {
      const [procedureCode, agencyId, receivingUnitId] = [text('procedureCode'), text('agencyId'), text('receivingUnitId')];
      if (!CHANNELS.includes(e.channel)) bad('channel', 'direct | online | postal');
      const dueAt = instant('dueAt');
      if (e.status !== undefined && e.status !== 1 && e.status !== 2 && e.status !== 3) bad('status', '1 | 2 | 3');
      for (const flag of ['feeRequired', 'digitized']) if (e[flag] !== undefined && typeof e[flag] !== 'boolean') bad(flag, 'true | false');
      if (issues.length > before) return undefined;
      return {
        type: 'received',
        id,
        at,
        procedureCode: procedureCode!,
        agencyId: agencyId!,
        receivingUnitId: receivingUnitId!,
        channel: e.channel as 'direct',
        dueAt: dueAt!,
        ...(e.status !== undefined ? { status: e.status as 1 } : {}),
        ...(e.feeRequired !== undefined ? { feeRequired: e.feeRequired as boolean } : {}),
        ...(e.digitized !== undefined ? { digitized: e.digitized as boolean } : {}),
      };
    }
    case 'status':
      if (!Number.isInteger(e.status) || (e.status as number) < 1 || (e.status as number) > 10) return void bad('status', where.lang === 'vi' ? 'mã trạng thái 1–10' : 'a status code 1–10');
      return { type: 'status', id, at, status: e.status as 1 };
    case 'reappointed': {
      const dueAt = instant('dueAt');
      return dueAt === undefined ? undefined : { type: 'reappointed', id, at, dueAt };
    }
    case 'digitized':
      return { type: 'digitized', id, at };
    case 'paid':
      if (typeof e.online !== 'boolean') return void bad('online', 'true | false');
      return { type: 'paid', id, at, online: e.online };
  }
}
