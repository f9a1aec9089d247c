import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplicationSchema, readWellFormed } from './application.js';

// Near-valid applications: each field is usually right and sometimes wrong in one of the ways the
// schema rejects, so that both branches of the fast check are drawn often.
const maybe = <T>(good: fc.Arbitrary<T>, ...bad: fc.Arbitrary<unknown>[]) => fc.oneof({ weight: 6, arbitrary: good }, ...bad.map((b) => ({ weight: 1, arbitrary: b })));
const component = fc.record(
  {
    code: maybe(fc.constantFrom('to-khai', 'ban-chinh'), fc.constant(''), fc.constant(3)),
    form: maybe(fc.constantFrom('original', 'certified-copy', 'copy'), fc.constant('scan')),
    quantity: maybe(fc.integer({ min: 1, max: 3 }), fc.constant(0), fc.constant(1.5), fc.constant('2')),
    extra: fc.constant('x'),
  },
  { requiredKeys: ['code', 'form'] },
);
const application = fc.record(
  {
    procedureCode: maybe(fc.constant('2.000815'), fc.constant(''), fc.constant(null)),
    receivingUnitId: maybe(fc.constant('ttpvhcc-phuong-ba-dinh'), fc.constant(7)),
    channel: maybe(fc.constantFrom('direct', 'online', 'postal'), fc.constant('fax')),
    submittedAt: maybe(fc.constant('2025-10-06T09:30'), fc.constant('')),
    area: maybe(fc.constant('phuong-ba-dinh'), fc.constant('')),
    applicant: maybe(
      fc.record({ type: maybe(fc.constantFrom('citizen', 'organisation'), fc.constant('robot')), name: maybe(fc.constant('A'), fc.constant(1)), age: fc.integer() }, { requiredKeys: ['type'] }),
      fc.constant(null),
      fc.constant([]),
    ),
    components: maybe(fc.array(component, { maxLength: 3 }), fc.constant({})),
    feePaid: maybe(fc.boolean(), fc.constant('yes')),
    unexpected: fc.constant(1),
  },
  { requiredKeys: ['procedureCode', 'receivingUnitId', 'channel', 'submittedAt', 'applicant', 'components'] },
);

describe('readWellFormed', () => {
  it('accepts exactly what ApplicationSchema accepts, with the same output', () => {
    fc.assert(
      fc.property(application, (input) => {
        const fast = readWellFormed(input);
        const schema = ApplicationSchema.safeParse(input);
        expect(fast !== undefined).toBe(schema.success);
        if (fast && schema.success) expect(fast).toEqual(schema.data);
      }),
      { numRuns: 5000 },
    );
  });
});
