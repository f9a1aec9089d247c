import { describe, expect, it } from 'vitest';
import { controlSheet } from './control-sheet.js';
import { dueCheck, nextDueAt } from './due-check.js';
import { at, cal, drive, newDossier, show } from './__fixtures__/dossiers.js';
import { toDossierRecord } from './kpi-record.js';
import { DOSSIER_STATES, STATE_INFO, TRANSITIONS } from './table.js';
import { dossierTransition, replayDossier } from './transition.js';

describe('the transition table', () => {
  it('maps every state to a national status code and names only known states', () => {
    for (const s of DOSSIER_STATES) expect(STATE_INFO[s].status, s).toBeGreaterThanOrEqual(1);
    expect(new Set(DOSSIER_STATES.map((s) => STATE_INFO[s].status))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    for (const r of TRANSITIONS) {
      expect(DOSSIER_STATES).toContain(r.from);
      expect(DOSSIER_STATES).toContain(r.to);
      expect(STATE_INFO[r.from].terminal, `${r.from} is terminal`).toBe(false);
    }
    // One row per (state, event).
    expect(new Set(TRANSITIONS.map((r) => `${r.from}/${r.event}`)).size).toBe(TRANSITIONS.length);
  });

  it('allows a withdrawal only before a result is issued (Decree 118 Art. 21)', () => {
    const before = TRANSITIONS.filter((r) => r.event === 'WITHDRAW').map((r) => r.from);
    expect(before).toEqual(['submitted', 'received', 'processing', 'supplement-requested', 'financial-obligation', 'stopped']);
  });
});

describe('a complete life', () => {
  it('receives at 15:30, transfers the next morning, resolves early and returns', () => {
    let s = newDossier();
    expect(s.value).toBe('submitted');
    s = drive(s, { type: 'RECEIVE', at: at('2025-08-12T15:30'), dossierCode: '000.00.01.H26-250812-0001', by: 'officer-1' }, { type: 'DIGITIZE', at: at('2025-08-12T15:40') });
    expect(s.value).toBe('received');
    expect(STATE_INFO[s.value].status).toBe(2);
    // 3 working days from Tue 15:30 (no procedure cut-off): Fri 15:30.
    expect(show(s.context.dueAt!)).toBe('2025-08-15T15:30:00+07:00');
    // A paper dossier received after 15:00 is transferred at the start of the next working day.
    expect(show(s.context.transferDueAt!)).toBe('2025-08-13T08:00:00+07:00');
    expect(dueCheck(s, at('2025-08-12T16:30'), cal)).toEqual([]);
    expect(nextDueAt(s, at('2025-08-12T16:30'), cal)).toBe(at('2025-08-13T08:00'));
    expect(dueCheck(s, at('2025-08-13T08:00'), cal)).toEqual([{ kind: 'transfer-due', dueAt: at('2025-08-13T08:00'), event: 'TRANSFER' }]);

    s = drive(
      s,
      { type: 'TRANSFER', at: at('2025-08-13T08:05') },
      { type: 'HANDOVER', at: at('2025-08-13T10:00'), from: 'Phòng Tư pháp: chuyên viên', to: 'Phòng Tư pháp: lãnh đạo' },
      { type: 'RESOLVE', at: at('2025-08-14T16:00') },
    );
    expect(s.value).toBe('result-ready');
    expect(STATE_INFO[s.value].status).toBe(9);
    s = drive(s, { type: 'RETURN', at: at('2025-08-15T09:00') });
    expect(s.value).toBe('returned');
    expect(STATE_INFO[s.value]).toMatchObject({ status: 10, terminal: true });

    expect(s.context.history.map((h) => `${h.event}:${h.from}→${h.to}`)).toEqual([
      'RECEIVE:submitted→received',
      'DIGITIZE:received→received',
      'TRANSFER:received→processing',
      'HANDOVER:processing→processing',
      'RESOLVE:processing→result-ready',
      'RETURN:result-ready→returned',
    ]);
    expect(s.context.history[0]!.by).toBe('officer-1');
    expect(controlSheet(s).map((r) => [r.from, r.to, show(r.at), r.status])).toEqual([
      ['ttpvhcc-ba-dinh', 'ubnd-ba-dinh', '2025-08-13T08:05:00+07:00', 'on-time'],
      ['Phòng Tư pháp: chuyên viên', 'Phòng Tư pháp: lãnh đạo', '2025-08-13T10:00:00+07:00', 'early'],
      ['ubnd-ba-dinh', 'ttpvhcc-ba-dinh', '2025-08-14T16:00:00+07:00', 'early'],
    ]);
    expect(controlSheet(s)[0]!.note).toBe('Transfer to the competent agency; paper dossier received at or after 15:00: transferred at the start of the next working day (2025-08-13)');
    expect(controlSheet(s, { lang: 'vi' })[0]!.note).toMatch(/^Chuyển hồ sơ đến cơ quan có thẩm quyền; tiếp nhận hồ sơ giấy sau 15:00/);

    expect(toDossierRecord(s)).toEqual({
      id: 'D1',
      procedureCode: '1.001193',
      agencyId: 'ubnd-ba-dinh',
      receivingUnitId: 'ttpvhcc-ba-dinh',
      channel: 'direct',
      receivedAt: at('2025-08-12T15:30'),
      dueAt: at('2025-08-15T15:30'),
      resolvedAt: at('2025-08-14T16:00'),
      returnedAt: at('2025-08-15T09:00'),
      status: 10,
      digitized: true,
      feeRequired: false,
      paidOnline: false,
    });
    // Terminal: nothing leaves it.
    const r = dossierTransition(cal, s, { type: 'RESOLVE', at: at('2025-08-16T09:00') });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'DOSSIER_EVENT_NOT_ALLOWED', message: 'Event RESOLVE is not allowed in state "returned" (allowed: —).' });
  });

  it('starts the clock on the next working day when the procedure carries a 15:00 cut-off', () => {
    const s = drive(newDossier({ procedure: { duration: '3 working-days', cutoff: '15:00', clock: { supplement: 'pause', financialObligation: 'pause' } } }), {
      type: 'RECEIVE',
      at: at('2025-08-12T15:30'),
    });
    expect(show(s.context.clockStart!)).toBe('2025-08-13T08:00:00+07:00');
    expect(show(s.context.dueAt!)).toBe('2025-08-15T17:00:00+07:00');
  });

  it('transfers an online dossier at once, and a paper one received before 15:00 the same day', () => {
    const online = drive(newDossier({ channel: 'online' }), { type: 'RECEIVE', at: at('2025-08-12T15:30') });
    expect(online.context.transferDueAt).toBe(at('2025-08-12T15:30'));
    const morning = drive(newDossier({ submittedAt: at('2025-08-12T09:00') }), { type: 'RECEIVE', at: at('2025-08-12T09:00') });
    expect(morning.context.transferDueAt).toBe(at('2025-08-12T09:00'));
  });

  it('refuses an event that goes back in time', () => {
    const s = drive(newDossier(), { type: 'RECEIVE', at: at('2025-08-12T15:30') });
    const r = dossierTransition(cal, s, { type: 'TRANSFER', at: at('2025-08-12T15:00') });
    expect(r.ok ? null : r.issues[0]!.code).toBe('DOSSIER_EVENT_BACK_IN_TIME');
    expect(r.issues[0]!.message).toBe('Event TRANSFER at 2025-08-12T15:00:00+07:00 is before the last recorded event (2025-08-12T15:30:00+07:00); events must come in time order.');
  });

  it('replays a list of events and says which one was refused', () => {
    const r = replayDossier(cal, newDossier(), [
      { type: 'RECEIVE', at: at('2025-08-12T15:30') },
      { type: 'RESOLVE', at: at('2025-08-13T09:00') },
    ]);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'DOSSIER_EVENT_NOT_ALLOWED', path: ['events', 1] });
  });
});

describe('a late dossier and its apology', () => {
  // 2 working days from Mon 11/8 09:00: Wed 13/8 09:00.
  const received = () =>
    drive(
      newDossier({ submittedAt: at('2025-08-11T09:00'), procedure: { duration: '2 working-days', cutoff: null, clock: { supplement: 'pause', financialObligation: 'pause' } } }),
      { type: 'RECEIVE', at: at('2025-08-11T09:00') },
      { type: 'TRANSFER', at: at('2025-08-11T09:30') },
    );

  it('alerts on the last working day before the due date, accepts one apology and refuses a second', () => {
    let s = received();
    expect(show(s.context.dueAt!)).toBe('2025-08-13T09:00:00+07:00');
    expect(dueCheck(s, at('2025-08-11T17:00'), cal)).toEqual([]);
    expect(dueCheck(s, at('2025-08-12T08:00'), cal)).toEqual([{ kind: 'apology-due', dueAt: at('2025-08-12T08:00'), event: 'APOLOGIZE', until: at('2025-08-12T17:00') }]);

    s = drive(s, { type: 'APOLOGIZE', at: at('2025-08-12T16:00'), newDueAt: at('2025-08-15T17:00'), reason: 'awaiting verification from the police' });
    expect(s.context.dueAt).toBe(at('2025-08-13T09:00'));
    expect(s.context.revisedDueAt).toBe(at('2025-08-15T17:00'));
    expect(s.context.apology).toEqual({ at: at('2025-08-12T16:00'), reason: 'awaiting verification from the police', previousDueAt: at('2025-08-13T09:00'), newDueAt: at('2025-08-15T17:00') });
    expect(dueCheck(s, at('2025-08-13T10:00'), cal)).toEqual([]);

    const again = dossierTransition(cal, s, { type: 'APOLOGIZE', at: at('2025-08-13T08:00'), newDueAt: at('2025-08-20T17:00'), reason: 'still waiting' });
    expect(again.ok).toBe(false);
    expect(again.issues[0]).toMatchObject({ code: 'DOSSIER_APOLOGY_REPEATED' });
    expect(again.issues[0]!.message).toBe('The dossier was already apologised for on 2025-08-12T16:00:00+07:00 (new appointment 2025-08-15T17:00:00+07:00); a new appointment may be made only once.');

    s = drive(s, { type: 'RESOLVE', at: at('2025-08-14T10:00') });
    const record = toDossierRecord(s);
    expect(record).toMatchObject({ status: 9, dueAt: at('2025-08-13T09:00'), revisedDueAt: at('2025-08-15T17:00'), resolvedAt: at('2025-08-14T10:00') });
    // Late against the original appointment, early against the re-appointment.
    const row = controlSheet(s).at(-1)!;
    expect(row).toMatchObject({ event: 'RESOLVE', status: 'early', dueAt: at('2025-08-15T17:00') });
    expect(row.note).toBe('Result returned to the one-stop; apologised, re-appointed to 2025-08-15T17:00:00+07:00');
  });

  it('refuses an apology on the due date itself, and reports the dossier overdue', () => {
    const s = received();
    const late = dossierTransition(cal, s, { type: 'APOLOGIZE', at: at('2025-08-13T08:30'), newDueAt: at('2025-08-15T17:00'), reason: 'late' });
    expect(late.ok).toBe(false);
    expect(late.issues[0]!.code).toBe('DOSSIER_APOLOGY_TOO_LATE');
    expect(late.issues[0]!.message).toBe(
      'Too late to apologise and re-appoint at 2025-08-13T08:30:00+07:00: it must be done no later than 1 working day before the due date 2025-08-13T09:00:00+07:00 (by 2025-08-12T17:00:00+07:00).',
    );
    expect(dueCheck(s, at('2025-08-13T08:30'), cal)).toEqual([]);
    expect(dueCheck(s, at('2025-08-13T09:00'), cal)).toEqual([]);
    expect(dueCheck(s, at('2025-08-13T09:01'), cal)).toEqual([{ kind: 'overdue', dueAt: at('2025-08-13T09:00') }]);
  });

  it('refuses a re-appointment that is not after the due date in force', () => {
    const r = dossierTransition(cal, received(), { type: 'APOLOGIZE', at: at('2025-08-12T09:00'), newDueAt: at('2025-08-13T08:00'), reason: 'x' });
    expect(r.issues[0]!.code).toBe('DOSSIER_BAD_REAPPOINTMENT');
  });

  it('skips the weekend when looking for the last working day before the due date', () => {
    // 1 working day from Fri 15/8 09:00: Mon 18/8 09:00; the apology must be made by Fri 15/8.
    const s = drive(
      newDossier({ submittedAt: at('2025-08-15T09:00'), procedure: { duration: '1 working-days', cutoff: null, clock: { supplement: 'pause', financialObligation: 'pause' } } }),
      { type: 'RECEIVE', at: at('2025-08-15T09:00') },
      { type: 'TRANSFER', at: at('2025-08-15T09:00') },
    );
    expect(show(s.context.dueAt!)).toBe('2025-08-18T09:00:00+07:00');
    expect(dueCheck(s, at('2025-08-15T09:00'), cal).map((a) => [a.kind, show(a.dueAt), show(a.until!)])).toEqual([['apology-due', '2025-08-15T09:00:00+07:00', '2025-08-15T17:00:00+07:00']]);
    expect(dossierTransition(cal, s, { type: 'APOLOGIZE', at: at('2025-08-16T10:00'), newDueAt: at('2025-08-20T17:00'), reason: 'x' }).ok).toBe(false);
  });
});

describe('the clock while the applicant is waited on', () => {
  // 5 working days from Mon 11/8 09:00: Mon 18/8 09:00.
  const inProcess = (policy: 'pause' | 'restart' | 'count') =>
    drive(
      newDossier({ submittedAt: at('2025-08-11T09:00'), procedure: { duration: '5 working-days', cutoff: null, clock: { supplement: policy, financialObligation: 'count' } } }),
      { type: 'RECEIVE', at: at('2025-08-11T09:00') },
      { type: 'TRANSFER', at: at('2025-08-11T10:00') },
    );

  it('moves the due date by the paused working time (policy pause)', () => {
    let s = inProcess('pause');
    expect(show(s.context.dueAt!)).toBe('2025-08-18T09:00:00+07:00');
    s = drive(s, { type: 'REQUEST_SUPPLEMENT', at: at('2025-08-12T10:00'), note: 'certified copy of the birth certificate' });
    expect(s.value).toBe('supplement-requested');
    expect(STATE_INFO[s.value].status).toBe(5);
    // The clock is stopped: not overdue whatever the time.
    expect(dueCheck(s, at('2025-08-25T10:00'), cal)).toEqual([]);
    s = drive(s, { type: 'SUPPLEMENT_RECEIVED', at: at('2025-08-14T10:00') });
    expect(s.value).toBe('processing');
    expect(s.context.pauses).toEqual([{ from: at('2025-08-12T10:00'), to: at('2025-08-14T10:00'), kind: 'supplement', policy: 'pause' }]);
    // Paused 16 working hours (Tue 10:00 → Thu 10:00): the due moves from Mon 18/8 09:00 to Wed 20/8 09:00.
    expect(show(s.context.dueAt!)).toBe('2025-08-20T09:00:00+07:00');
    expect(cal.workingTimeBetween(at('2025-08-18T09:00'), s.context.dueAt!)).toBe(cal.workingTimeBetween(at('2025-08-12T10:00'), at('2025-08-14T10:00')));
    expect(s.context.history[2]).toMatchObject({ event: 'REQUEST_SUPPLEMENT', note: 'certified copy of the birth certificate' });
  });

  it('restarts the full time from the resumption (policy restart) and keeps it (policy count)', () => {
    const restarted = drive(inProcess('restart'), { type: 'REQUEST_SUPPLEMENT', at: at('2025-08-12T10:00') }, { type: 'SUPPLEMENT_RECEIVED', at: at('2025-08-14T10:00') });
    expect(show(restarted.context.dueAt!)).toBe('2025-08-21T10:00:00+07:00');
    expect(restarted.context.countFrom).toBe(at('2025-08-14T10:00'));
    const counted = drive(inProcess('count'), { type: 'REQUEST_SUPPLEMENT', at: at('2025-08-12T10:00') });
    // The clock keeps running while the supplement is pending, so the dossier can fall overdue.
    expect(dueCheck(counted, at('2025-08-18T10:00'), cal)).toEqual([{ kind: 'overdue', dueAt: at('2025-08-18T09:00') }]);
    expect(show(drive(counted, { type: 'SUPPLEMENT_RECEIVED', at: at('2025-08-14T10:00') }).context.dueAt!)).toBe('2025-08-18T09:00:00+07:00');
  });

  it('does not cure a late dossier by a pause that starts after its due date', () => {
    const s = drive(inProcess('pause'), { type: 'STOP', at: at('2025-08-19T10:00') }, { type: 'RESUME', at: at('2025-08-21T10:00') });
    expect(show(s.context.dueAt!)).toBe('2025-08-18T09:00:00+07:00');
    expect(s.context.pauses[0]).toMatchObject({ kind: 'stopped', policy: 'pause' });
  });

  it('records a financial obligation and its online payment for the KPI record', () => {
    const s = drive(inProcess('pause'), { type: 'REQUEST_PAYMENT', at: at('2025-08-12T10:00') }, { type: 'PAYMENT_RECEIVED', at: at('2025-08-13T10:00'), online: true });
    expect(toDossierRecord(s)).toMatchObject({ status: 4, feeRequired: true, paidOnline: true });
    // Financial obligation is on policy count here: the due date did not move.
    expect(show(s.context.dueAt!)).toBe('2025-08-18T09:00:00+07:00');
  });
});

describe('withdrawal, refusal and rejection', () => {
  it('withdraws at the applicant\'s request while a supplement is pending, closing the pause', () => {
    const s = drive(
      newDossier(),
      { type: 'RECEIVE', at: at('2025-08-12T15:30') },
      { type: 'TRANSFER', at: at('2025-08-13T08:00') },
      { type: 'REQUEST_SUPPLEMENT', at: at('2025-08-13T09:00') },
      { type: 'WITHDRAW', at: at('2025-08-14T09:00'), note: 'đơn đề nghị dừng giải quyết' },
    );
    expect(s.value).toBe('withdrawn');
    expect(STATE_INFO[s.value]).toMatchObject({ status: 7, terminal: true });
    expect(s.context.pauses[0]!.to).toBe(at('2025-08-14T09:00'));
    expect(toDossierRecord(s)).toMatchObject({ status: 7, resolvedAt: at('2025-08-14T09:00') });
    expect(dueCheck(s, at('2025-09-30T09:00'), cal)).toEqual([]);
  });

  it('refuses a withdrawal once the result is issued', () => {
    const s = drive(newDossier(), { type: 'RECEIVE', at: at('2025-08-12T15:30') }, { type: 'TRANSFER', at: at('2025-08-13T08:00') }, { type: 'RESOLVE', at: at('2025-08-13T09:00') });
    const r = dossierTransition(cal, s, { type: 'WITHDRAW', at: at('2025-08-13T10:00') });
    expect(r.issues[0]).toMatchObject({ code: 'DOSSIER_EVENT_NOT_ALLOWED', message: 'Event WITHDRAW is not allowed in state "result-ready" (allowed: RETURN, MARK_NOT_COLLECTED).' });
  });

  it('refuses a dossier at intake (status 3, terminal)', () => {
    const s = drive(newDossier(), { type: 'REFUSE', at: at('2025-08-12T15:35'), note: 'outside the agency\'s competence' });
    expect(s.value).toBe('refused-at-intake');
    expect(toDossierRecord(s)).toMatchObject({ status: 3, receivedAt: at('2025-08-12T15:30'), dueAt: at('2025-08-12T15:30'), resolvedAt: at('2025-08-12T15:35') });
    expect(dossierTransition(cal, s, { type: 'RECEIVE', at: at('2025-08-12T15:40') }).issues[0]!.code).toBe('DOSSIER_EVENT_NOT_ALLOWED');
  });

  it('resolves with a refusal on the merits (status 9), then marks it not collected and returns it', () => {
    let s = drive(newDossier(), { type: 'RECEIVE', at: at('2025-08-12T15:30') }, { type: 'TRANSFER', at: at('2025-08-13T08:00') }, { type: 'REJECT', at: at('2025-08-14T09:00') });
    expect(s.value).toBe('rejected-on-merits');
    expect(s.context.outcome).toBe('rejected');
    expect(STATE_INFO[s.value].status).toBe(9);
    expect(dueCheck(s, at('2025-09-30T09:00'), cal)).toEqual([]);
    const alerts = dueCheck(s, at('2025-09-30T09:00'), cal, { retention: '30 calendar-days' });
    expect(alerts.map((a) => [a.kind, show(a.dueAt), a.event])).toEqual([['not-collected', '2025-09-15T17:00:00+07:00', 'MARK_NOT_COLLECTED']]);
    s = drive(s, { type: 'MARK_NOT_COLLECTED', at: at('2025-09-30T09:00') });
    expect(s.value).toBe('not-collected');
    expect(toDossierRecord(s).status).toBe(9);
    s = drive(s, { type: 'RETURN', at: at('2025-10-02T09:00') });
    expect(s.value).toBe('returned');
  });

  it('keeps the dates in Asia/Ho_Chi_Minh whatever the host time zone', () => {
    const s = drive(newDossier({ submittedAt: at('2025-08-12T23:30') }), { type: 'RECEIVE', at: at('2025-08-12T23:30') });
    expect(show(s.context.transferDueAt!)).toBe('2025-08-13T08:00:00+07:00');
    expect(show(s.context.dueAt!)).toBe('2025-08-15T17:00:00+07:00');
  });
});
