import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMotcuaError } from '../errors.js';
import { at } from './__fixtures__/dossiers.js';
import { formatDossierCode, nextSequence, parseDossierCode } from './dossier-code.js';

describe('dossier codes (Circular 03/2025 Art. 13)', () => {
  it('formats the receipt date in Asia/Ho_Chi_Minh and pads the sequence to at least 4 digits', () => {
    expect(formatDossierCode('000.00.01.H26', at('2025-08-12T09:30'), 1)).toBe('000.00.01.H26-250812-0001');
    // 00:30 on 13/8 in Hanoi is still 12/8 in UTC: the local date counts.
    expect(formatDossierCode('000.00.01.H26', at('2025-08-13T00:30'), 12)).toBe('000.00.01.H26-250813-0012');
    expect(formatDossierCode('000.00.01.H26', at('2025-08-12T09:30'), 123_456)).toBe('000.00.01.H26-250812-123456');
  });

  it('parses a code into its parts and reports one that is not a code', () => {
    expect(parseDossierCode('000.00.01.H26-250812-0001')).toEqual({ ok: true, value: { agencyElectronicId: '000.00.01.H26', date: '2025-08-12', sequence: 1 }, issues: [] });
    for (const bad of ['000.00.01.H26-250812-001', '000.00.01.H26-251332-0001', '-250812-0001', '000.00.01.H26-250812-0000', 'H26_250812_0001']) {
      const r = parseDossierCode(bad);
      expect(r.ok, bad).toBe(false);
      expect(r.issues[0]!.code).toBe('DOSSIER_BAD_CODE');
    }
    expect(parseDossierCode('x').issues[0]!.message).toBe(
      '"x" is not a dossier code <agency electronic id>-YYMMDD-<sequence of 4 or more digits> (Circular 03/2025 Art. 13), e.g. 000.00.01.H26-250812-0001.',
    );
  });

  it('round-trips any receipt and sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2000-01-01T00:00'), max: at('2099-12-31T23:59') }), fc.integer({ min: 1, max: 10_000_000 }), (t, n) => {
        const r = parseDossierCode(formatDossierCode('000.00.01.H26', t, n));
        expect(r.ok && r.value.sequence).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('throws on an agency id or a sequence that cannot make a code', () => {
    expect(() => formatDossierCode('000-01', at('2025-08-12T09:30'), 1)).toThrow(/not an agency electronic id/);
    expect(() => formatDossierCode('H26', at('2025-08-12T09:30'), 0)).toThrow(/not a sequence number/);
  });
});

describe('daily sequences', () => {
  it('counts per agency and restarts each day', () => {
    let counters = {};
    const issue = (agency: string, when: string) => {
      const r = nextSequence(counters, agency, at(when));
      counters = r.counters;
      return r.sequence;
    };
    expect([issue('A', '2025-08-12T08:00'), issue('A', '2025-08-12T16:59'), issue('B', '2025-08-12T09:00'), issue('A', '2025-08-13T08:00'), issue('A', '2025-08-13T08:01')]).toEqual([1, 2, 1, 1, 2]);
    expect(counters).toEqual({ A: { date: '2025-08-13', last: 2 }, B: { date: '2025-08-12', last: 1 } });
    const before = counters;
    nextSequence(before, 'A', at('2025-08-13T09:00'));
    expect(before).toEqual(counters); // pure
    try {
      nextSequence(counters, 'A', at('2025-08-12T09:00'));
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });
});
