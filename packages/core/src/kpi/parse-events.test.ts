import { describe, expect, it } from 'vitest';
import { parseEventHistory } from './parse-events.js';

const received = { type: 'received', id: 'A', at: '2025-08-04T09:00', procedureCode: 'p', agencyId: 'a', receivingUnitId: 'u', channel: 'direct', dueAt: '2025-08-11' };

describe('parseEventHistory', () => {
  it('folds the events of each dossier in order into its record', () => {
    const text = [received, { type: 'status', id: 'A', at: '2025-08-06T10:00', status: 9 }, { type: 'reappointed', id: 'A', at: '2025-08-05T09:00', dueAt: '2025-08-14' }].map((e) => JSON.stringify(e)).join('\n');
    const parsed = parseEventHistory(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toMatchObject([{ id: 'A', status: 9, resolvedAt: Date.parse('2025-08-06T03:00:00Z'), revisedDueAt: Date.parse('2025-08-13T17:00:00Z') }]);
  });

  it('skips and reports a bad event with its line and field, keeping the others', () => {
    const lines = [
      received,
      { ...received, id: 'B', channel: 'fax' },
      { type: 'status', id: 'A', at: '2025-08-06T10:00', status: 12 },
      { type: 'paid', id: 'A', at: 'soon', online: true },
      { type: 'moved', id: 'A', at: '2025-08-06T10:00' },
      { ...received, id: 'C', dueAt: undefined },
    ];
    const parsed = parseEventHistory(lines.map((e) => JSON.stringify(e)).join('\n'), { file: 'h.ndjson' });
    expect(parsed.records.map((r) => r.id)).toEqual(['A']);
    expect(parsed.skipped).toBe(5);
    expect(parsed.issues.map((i) => [i.line, i.code, i.path?.[0]])).toEqual([
      [2, 'RECORD_BAD_FIELD', 'channel'],
      [3, 'RECORD_BAD_FIELD', 'status'],
      [4, 'RECORD_BAD_FIELD', 'at'],
      [5, 'RECORD_BAD_FIELD', 'type'],
      [6, 'RECORD_MISSING_FIELD', 'dueAt'],
    ]);
  });
});
