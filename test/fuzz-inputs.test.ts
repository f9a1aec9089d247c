import { createIntake, isCode, parseEventHistory, parseRecords, restoreDossier } from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// MISSION §8: bad input never crashes. Each reader of user data gets arbitrary values and values a
// little off the valid shape; every answer must be a value with issues, never an exception.
const { org } = hanoiPack();
const intake = createIntake(org.content, { org });

const application = {
  procedureCode: '2.000815',
  receivingUnitId: 'ttpvhcc-phuong-ba-dinh',
  channel: 'direct',
  submittedAt: '2025-10-06T09:30:00+07:00',
  applicant: { type: 'citizen', name: 'A' },
  components: [{ code: 'ban-chinh', form: 'original', quantity: 1 }],
};
/** The valid application with one field replaced by anything. */
const nearApplication = fc
  .tuple(fc.constantFrom(...Object.keys(application), 'area', 'feePaid', 'extra'), fc.anything())
  .map(([key, value]) => ({ ...application, [key]: value }));

const wellFormed = (issues: readonly { code: string; message: string }[]) => {
  for (const i of issues) {
    expect(isCode(i.code)).toBe(true);
    expect(i.message.trim()).not.toBe('');
  }
};
const expectIssues = (r: { ok: boolean; issues: readonly { code: string; message: string }[] }) => {
  if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  wellFormed(r.issues);
};

describe('readers of user data never throw', () => {
  it('intake: arbitrary values and applications with one field wrong (2,000)', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), nearApplication), (input) => expectIssues(intake.validate(input))), { numRuns: 2000 });
  });

  it('records and event histories: arbitrary lines (1,000 each)', () => {
    const line = fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        for (const parsed of [parseRecords(text), parseRecords(text, { format: 'csv' }), parseEventHistory(text)]) {
          expect(parsed.records.length + parsed.skipped).toBeLessThanOrEqual(lines.length + 1);
          wellFormed(parsed.issues);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('restoring a dossier: arbitrary values (1,000)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ machineId: fc.constant('motcua.dossier'), definitionVersion: fc.integer(), state: fc.anything() })), (input) => {
        const r = restoreDossier(input);
        expect(r.ok).toBe(false);
        expectIssues(r);
      }),
      { numRuns: 1000 },
    );
  });
});
