import type { Lang } from '../codes.js';
import { type Issue, createIssue } from '../issues.js';
import { type DossierRecord, RECORD_FIELDS, REQUIRED_FIELDS, readRecord } from './record.js';

/** Dossier records read from text, with what could not be read. */
export interface ParsedRecords {
  readonly records: DossierRecord[];
  /** One error per skipped line (with its line number), and warnings such as repeated ids. */
  readonly issues: Issue[];
  /** Lines that held a record but were skipped. */
  readonly skipped: number;
}

export type RecordFormat = 'ndjson' | 'csv';

/** NDJSON when the first non-blank character opens an object, CSV otherwise. */
export function detectRecordFormat(text: string): RecordFormat {
  return /^\s*\{/.test(text) ? 'ndjson' : 'csv';
}

/**
 * Reads dossier records from NDJSON (one JSON object a line) or CSV (a header naming the fields,
 * then one record a line). A line that does not parse is skipped and reported with its line number;
 * blank lines are ignored. When an id repeats, the later line wins (a correction) and a warning says so.
 */
export function parseRecords(text: string, options: { format?: RecordFormat | undefined; file?: string | undefined; lang?: Lang | undefined } = {}): ParsedRecords {
  const { file, lang } = options;
  const format = options.format ?? detectRecordFormat(text);
  const lines = text.split(/\r?\n/);
  const issues: Issue[] = [];
  const byId = new Map<string, { index: number; line: number }>();
  const records: DossierRecord[] = [];
  let skipped = 0;

  const take = (fields: Readonly<Record<string, unknown>>, line: number, cells: boolean) => {
    const result = readRecord(fields, { line, file, lang, cells });
    issues.push(...result.issues);
    if (!result.record) {
      skipped++;
      return;
    }
    const seen = byId.get(result.record.id);
    if (seen) {
      issues.push(createIssue('RECORD_DUPLICATE_ID', { id: result.record.id, first: seen.line }, { line, file, lang, severity: 'warning' }));
      records[seen.index] = result.record;
      byId.set(result.record.id, { index: seen.index, line });
    } else {
      byId.set(result.record.id, { index: records.length, line });
      records.push(result.record);
    }
  };

  if (format === 'ndjson') {
    lines.forEach((raw, i) => {
      if (raw.trim() === '') return;
      const line = i + 1;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        issues.push(createIssue('RECORD_BAD_JSON', { line, detail: (error as Error).message }, { line, file, lang }));
        skipped++;
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(createIssue('RECORD_NOT_OBJECT', { line }, { line, file, lang }));
        skipped++;
        return;
      }
      take(value as Record<string, unknown>, line, false);
    });
    return { records, issues, skipped };
  }

  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { records, issues, skipped };
  const header = splitCsvLine(lines[headerIndex]!);
  const known = new Set<string>(RECORD_FIELDS);
  const unknown = header?.filter((h) => !known.has(h)) ?? [];
  const missing = REQUIRED_FIELDS.filter((f) => header && !header.includes(f));
  if (!header || unknown.length > 0 || missing.length > 0) {
    const columns = `(${lang === 'vi' ? 'các cột' : 'columns'}: ${RECORD_FIELDS.join(', ')})`;
    const detail = !header
      ? lang === 'vi' ? 'dòng tiêu đề có dấu ngoặc kép không đóng.' : 'the header line has an unclosed quote.'
      : unknown.length > 0
        ? `${lang === 'vi' ? 'cột không biết' : 'unknown columns'}: ${unknown.join(', ')} ${columns}`
        : `${lang === 'vi' ? 'thiếu cột' : 'missing columns'}: ${missing.join(', ')} ${columns}`;
    issues.push(createIssue('RECORD_BAD_CSV', { detail }, { line: headerIndex + 1, file, lang }));
    return { records, issues, skipped: lines.slice(headerIndex + 1).filter((l) => l.trim() !== '').length };
  }
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cells = splitCsvLine(raw);
    if (!cells || cells.length !== header.length) {
      const detail = !cells
        ? lang === 'vi' ? 'dấu ngoặc kép không đóng.' : 'an unclosed quote.'
        : lang === 'vi' ? `${cells.length} ô, tiêu đề có ${header.length}.` : `${cells.length} cells where the header has ${header.length}.`;
      issues.push(createIssue('RECORD_BAD_CSV', { detail: `${lang === 'vi' ? 'dòng' : 'line'} ${i + 1}: ${detail}` }, { line: i + 1, file, lang }));
      skipped++;
      continue;
    }
    take(Object.fromEntries(header.map((h, k) => [h, cells[k]])), i + 1, true);
  }
  return { records, issues, skipped };
}

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside a cell); `undefined` if a quote is left open. */
function splitCsvLine(line: string): string[] | undefined {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) return undefined;
  cells.push(cell);
  return cells;
}

/** Writes records as CSV with the header of {@link RECORD_FIELDS}. */
export function recordsToCsv(records: readonly Readonly<Record<string, unknown>>[]): string {
  const cell = (v: unknown) => {
    if (v === undefined || v === null) return '';
    const s = String(v);
    return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [RECORD_FIELDS.join(','), ...records.map((r) => RECORD_FIELDS.map((f) => cell(r[f])).join(','))].join('\n') + '\n';
}
