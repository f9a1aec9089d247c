import { describe, expect, it } from 'vitest';
import { parseRecords, recordsToCsv } from './parse-records.js';

const good = {
  id: 'HN-1',
  procedureCode: '1.001234',
  agencyId: 'a',
  receivingUnitId: 'u',
  channel: 'online',
  receivedAt: '2025-08-04T09:00:00+07:00',
  dueAt: '2025-08-11',
  resolvedAt: '2025-08-08T10:00:00+07:00',
  status: 9,
  digitized: true,
  feeRequired: false,
  paidOnline: false,
};

describe('parseRecords', () => {
  it('reads NDJSON, skips and reports each bad line with its number, and keeps the good ones', () => {
    const text = [JSON.stringify(good), '', '{not json', '[1,2]', JSON.stringify({ ...good, id: 'HN-2', status: 11 }), JSON.stringify({ ...good, id: 'HN-3', channel: 'fax' }), JSON.stringify({ ...good, id: 'HN-4', status: 9, resolvedAt: undefined })].join('\n');
    const parsed = parseRecords(text, { file: 'r.ndjson' });
    expect(parsed.records.map((r) => r.id)).toEqual(['HN-1']);
    expect(parsed.skipped).toBe(5);
    expect(parsed.issues.map((i) => [i.line, i.code, i.path?.[0]])).toEqual([
      [3, 'RECORD_BAD_JSON', undefined],
      [4, 'RECORD_NOT_OBJECT', undefined],
      [5, 'RECORD_BAD_FIELD', 'status'],
      [6, 'RECORD_BAD_FIELD', 'channel'],
      [7, 'RECORD_INCONSISTENT', 'resolvedAt'],
    ]);
    expect(parsed.issues.every((i) => i.file === 'r.ndjson')).toBe(true);
  });

  it('reads a record back from the CSV it writes', () => {
    const csv = recordsToCsv([good, { ...good, id: 'HN-2, "quoted"', channel: 'direct', status: 4, resolvedAt: undefined }]);
    const parsed = parseRecords(csv);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => [r.id, r.channel, r.status, r.digitized])).toEqual([
      ['HN-1', 'online', 9, true],
      ['HN-2, "quoted"', 'direct', 4, true],
    ]);
    expect(parsed.records[0]!.receivedAt).toBe(Date.parse('2025-08-04T02:00:00Z'));
  });

  it('reports a CSV row of the wrong width, and unknown columns in the header', () => {
    const rows = parseRecords('id,procedureCode\n1,2,3\n');
    expect(rows.issues[0]).toMatchObject({ code: 'RECORD_BAD_CSV', line: 1 });
    const width = parseRecords(`${recordsToCsv([good])}a,b\n`);
    expect(width.records).toHaveLength(1);
    expect(width.issues).toMatchObject([{ code: 'RECORD_BAD_CSV', line: 3 }]);
    expect(width.skipped).toBe(1);
  });

  it('keeps the later of two lines with the same id, with a warning', () => {
    const parsed = parseRecords([JSON.stringify(good), JSON.stringify({ ...good, status: 10, returnedAt: '2025-08-09T09:00' })].join('\n'));
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]!.status).toBe(10);
    expect(parsed.issues).toMatchObject([{ code: 'RECORD_DUPLICATE_ID', severity: 'warning', line: 2 }]);
  });

  it('says in Vietnamese what is wrong when asked', () => {
    const parsed = parseRecords(JSON.stringify({ ...good, dueAt: 'mai' }), { lang: 'vi' });
    expect(parsed.issues[0]!.message).toContain('không hợp lệ');
  });
});
