import {
  type DossierEvent,
  type DossierState,
  STATE_INFO,
  aggregate,
  calendarIdFor,
  compileCalendar,
  controlSheet,
  createDossier,
  createIntake,
  createRecordTable,
  dossierTransition,
  formatInstant,
  parseTimeInput,
  procedureFacts,
  toDossierRecord,
} from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import { describe, expect, it } from 'vitest';

// Real procedures of the Hanoi pack walked through whole lives: received through intake (which
// gives the appointment), driven through the dossier machine on the Hanoi calendar, and counted by
// the KPI engine from the machine's final state.
const { org } = hanoiPack();
const intake = createIntake(org.content, { org });
const cal = compileCalendar(org.content, calendarIdFor(org.content, undefined, '2025-12-01')!);
const at = (text: string) => {
  const t = parseTimeInput(text);
  if (t?.kind !== 'instant') throw new Error(text);
  return t.instant;
};

// Work permit for a foreign worker (1.014199, Sở Nội vụ): 10 working days, clock paused while a
// supplement is awaited; received in person at the head office of the Tây Hồ branch.
const workPermit = {
  procedureCode: '1.014199',
  receivingUnitId: 'cn-tay-ho-vo-chi-cong',
  channel: 'direct' as const,
  submittedAt: '2025-12-01T09:00:00+07:00',
  applicant: { type: 'organisation', name: 'Công ty TNHH ABC' },
};

function receive(application: typeof workPermit & { components?: unknown[] }) {
  const procedure = intake.catalogue.resolve(application.procedureCode);
  if (!procedure.ok) throw new Error('unknown procedure');
  const version = intake.catalogue.versionAt(procedure.value, application.submittedAt.slice(0, 10))!;
  const components = application.components ?? version.components.filter((c) => c.required && !c.when).map((c) => ({ code: c.code, form: c.forms[0]!, quantity: c.quantity }));
  const decision = intake.validate({ ...application, components });
  if (!decision.ok) throw new Error(decision.issues.map((i) => i.message).join('; '));
  const dossier = createDossier({
    id: 'HN-1',
    procedureCode: procedure.value.code!,
    agencyId: procedure.value.agency ?? 'ubnd',
    receivingUnitId: application.receivingUnitId,
    channel: application.channel,
    procedure: procedureFacts(version, application.channel),
    submittedAt: at(application.submittedAt),
  });
  return { decision: decision.value, dossier };
}

function drive(state: DossierState, events: DossierEvent[]): DossierState {
  for (const e of events) {
    const next = dossierTransition(cal, state, e);
    if (!next.ok) throw new Error(`${e.type}: ${next.issues.map((i) => i.message).join('; ')}`);
    state = next.value;
  }
  return state;
}

const kpiOf = (state: DossierState) => aggregate(createRecordTable([toDossierRecord(state)]), { from: '2025-12-01', to: '2026-01-31' }).total;

describe('dossiers of real procedures through their whole lives', () => {
  it('a work permit received, transferred, resolved early and returned; the appointment of intake is the machine due date', () => {
    const { decision, dossier } = receive(workPermit);
    expect(decision.outcome).toBe('accept');
    const received = drive(dossier, [{ type: 'RECEIVE', at: at('2025-12-01T09:00'), dossierCode: '000.00.01.H26-251201-0001' }]);
    expect(formatInstant(received.context.dueAt!)).toBe(decision.form.dueAt);
    expect(decision.form.dueAt).toBe('2025-12-15T09:00:00+07:00'); // 10 working days
    const done = drive(received, [
      { type: 'DIGITIZE', at: at('2025-12-01T09:20') },
      { type: 'TRANSFER', at: at('2025-12-01T10:00') },
      { type: 'HANDOVER', at: at('2025-12-03T10:00'), from: 'Phòng Việc làm', to: 'Lãnh đạo Sở' },
      { type: 'RESOLVE', at: at('2025-12-10T16:00') },
      { type: 'RETURN', at: at('2025-12-11T09:00') },
    ]);
    expect(done.value).toBe('returned');
    expect(STATE_INFO[done.value].status).toBe(10);
    // The transfer is due at receipt (a paper dossier before 15:00): made the same day, on time.
    expect(controlSheet(done).map((r) => r.status)).toEqual(['on-time', 'early', 'early']);
    expect(kpiOf(done)).toMatchObject({ received: 1, resolved: 1, early: 1 });
  });

  it('a late work permit: the apology one working day ahead, one re-appointment only, late against the first appointment', () => {
    const { dossier } = receive(workPermit);
    const processing = drive(dossier, [
      { type: 'RECEIVE', at: at('2025-12-01T09:00') },
      { type: 'TRANSFER', at: at('2025-12-01T10:00') },
    ]);
    // Due Monday 15/12 at 09:00: the apology must come by the end of Friday 12/12.
    const tooLate = dossierTransition(cal, processing, { type: 'APOLOGIZE', at: at('2025-12-15T08:30'), newDueAt: at('2025-12-19T17:00'), reason: 'chờ ý kiến Bộ' });
    expect(tooLate.ok).toBe(false);
    expect(tooLate.issues[0]!.code).toBe('DOSSIER_APOLOGY_TOO_LATE');
    const apologised = drive(processing, [{ type: 'APOLOGIZE', at: at('2025-12-11T15:00'), newDueAt: at('2025-12-19T17:00'), reason: 'chờ ý kiến Bộ' }]);
    expect(apologised.context.revisedDueAt).toBe(at('2025-12-19T17:00'));
    const again = dossierTransition(cal, apologised, { type: 'APOLOGIZE', at: at('2025-12-12T09:00'), newDueAt: at('2025-12-26T17:00'), reason: 'lần nữa' });
    expect(again.issues[0]!.code).toBe('DOSSIER_APOLOGY_REPEATED');
    const done = drive(apologised, [
      { type: 'RESOLVE', at: at('2025-12-18T10:00') },
      { type: 'RETURN', at: at('2025-12-18T15:00') },
    ]);
    const k = kpiOf(done);
    expect(k).toMatchObject({ resolved: 1, late: 1 });
    expect(k.revised.early).toBe(1);
  });

  it('a supplement during processing pauses the clock: the due date moves by the working time waited', () => {
    const { dossier } = receive(workPermit);
    const paused = drive(dossier, [
      { type: 'RECEIVE', at: at('2025-12-01T09:00') },
      { type: 'TRANSFER', at: at('2025-12-01T10:00') },
      { type: 'REQUEST_SUPPLEMENT', at: at('2025-12-03T09:00') },
    ]);
    expect(STATE_INFO[paused.value].status).toBe(5);
    // Three working days waited (Wed 03/12 09:00 → Mon 08/12 09:00): due 15/12 09:00 → 18/12 09:00.
    const resumed = drive(paused, [{ type: 'SUPPLEMENT_RECEIVED', at: at('2025-12-08T09:00') }]);
    expect(formatInstant(resumed.context.dueAt!)).toBe('2025-12-18T09:00:00+07:00');
    expect(resumed.context.pauses).toHaveLength(1);
  });

  it('a withdrawal at the applicant\'s request closes the dossier for good (Decree 118 Art. 21)', () => {
    const { dossier } = receive(workPermit);
    const withdrawn = drive(dossier, [
      { type: 'RECEIVE', at: at('2025-12-01T09:00') },
      { type: 'TRANSFER', at: at('2025-12-01T10:00') },
      { type: 'WITHDRAW', at: at('2025-12-04T14:00') },
    ]);
    expect(withdrawn.value).toBe('withdrawn');
    expect(STATE_INFO.withdrawn).toMatchObject({ status: 7, terminal: true });
    expect(dossierTransition(cal, withdrawn, { type: 'RESOLVE', at: at('2025-12-05T10:00') }).ok).toBe(false);
    expect(kpiOf(withdrawn)).toMatchObject({ received: 1, withdrawn: 1, resolved: 0 });
  });

  it('a marriage registration refused at intake: the refusal slip, and the dossier closed with status 3', () => {
    const application = {
      procedureCode: '1.000894',
      receivingUnitId: 'ttpvhcc-phuong-ba-dinh',
      channel: 'direct' as const,
      submittedAt: '2025-12-01T09:00:00+07:00',
      applicant: { type: 'citizen', name: 'Lê Văn C', maleAge: 19, femaleAge: 20 },
    };
    const { decision, dossier } = receive(application as never);
    expect(decision.outcome).toBe('refuse');
    expect(decision.form).toMatchObject({
      kind: 'refusal',
      template: { circular: '03/2025/TT-VPCP', form: 'Mẫu 03' },
      receivingUnit: { id: 'ttpvhcc-phuong-ba-dinh' },
      applicant: { name: 'Lê Văn C' },
    });
    expect(decision.form.reasons?.[0]).toContain('20');
    const refused = drive(dossier, [{ type: 'REFUSE', at: at('2025-12-01T09:10') }]);
    expect(refused.value).toBe('refused-at-intake');
    expect(STATE_INFO[refused.value].status).toBe(3);
    expect(kpiOf(refused)).toMatchObject({ refused: 1, received: 0 });
  });
});
