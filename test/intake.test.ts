import { createIntake } from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import { describe, expect, it } from 'vitest';
import { motcua } from './helpers/run-cli.js';

const { org } = hanoiPack();
const intake = createIntake(org.content, { org });

// Certified copy from an original (chứng thực bản sao, 2.000815) at the commune-level centre of
// Ba Đình: done on the spot, or the next working day when received at or after 15:00.
const copy = {
  procedureCode: '2.000815',
  receivingUnitId: 'ttpvhcc-phuong-ba-dinh',
  channel: 'direct',
  submittedAt: '2025-10-06T09:30:00+07:00',
  applicant: { type: 'citizen', name: 'Nguyễn Văn A', originalDefective: false },
  components: [{ code: 'ban-chinh', form: 'original', quantity: 1 }],
};
const decide = (application: object, lang: 'vi' | 'en' = 'en') => {
  const r = intake.validate(application, { lang });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.message}`).join('; '));
  return r.value;
};

describe('intake on the Hanoi pack', () => {
  it('accepts a complete application with the receipt and appointment slip of Circular 03/2025', () => {
    const d = decide(copy);
    expect(d.outcome).toBe('accept');
    expect(d.reasons).toEqual([]);
    expect(d.form).toMatchObject({
      kind: 'receipt',
      template: { circular: '03/2025/TT-VPCP', form: 'Mẫu 01' },
      regime: { id: 'nd-118-2025' },
      procedure: { code: '2.000815' },
      processingTime: '0 working-days',
      dueAt: '2025-10-06T09:30:00+07:00',
    });
  });

  it('puts the appointment on the next working day for a receipt after the 15:00 cut-off', () => {
    // Friday 10/10/2025 at 15:30 → Monday 13/10 at the first session.
    const d = decide({ ...copy, submittedAt: '2025-10-10T15:30:00+07:00' });
    expect(d.form.dueAt).toBe('2025-10-13T08:00:00+07:00');
  });

  it('asks for a supplement when a component is missing or given in a weaker form, listing them in missing[]', () => {
    const missing = decide({ ...copy, components: [] });
    expect(missing.outcome).toBe('supplement');
    expect(missing.missing).toEqual(['ban-chinh']);
    expect(missing.reasons.map((r) => r.code)).toEqual(['missing-component']);
    expect(missing.form).toMatchObject({ kind: 'supplement-request', template: { form: 'Mẫu 02' } });
    expect(missing.form.items).toMatchObject([{ code: 'ban-chinh', quantity: 1 }]);
    const weak = decide({ ...copy, components: [{ code: 'ban-chinh', form: 'copy', quantity: 1 }] });
    expect(weak.reasons.map((r) => r.code)).toEqual(['insufficient-form']);
    expect(weak.missing).toEqual(['ban-chinh']);
    expect(weak.reasons[0]!.citation).not.toBeNull();
  });

  it('refuses an applicant who is not eligible, citing the law', () => {
    const d = decide({
      procedureCode: 'ket-hon',
      receivingUnitId: 'ttpvhcc-phuong-ba-dinh',
      channel: 'direct',
      submittedAt: '2025-10-06T09:30:00+07:00',
      applicant: { type: 'citizen', maleAge: 19, femaleAge: 22 },
      components: [],
    });
    expect(d.outcome).toBe('refuse');
    // A refusal lists what makes it one; the missing papers do not matter then.
    expect(d.reasons.map((r) => r.code)).toEqual(['not-eligible']);
    expect(d.missing).toEqual([]);
    expect(d.reasons[0]!.citation?.doc).toBe('52/2014/QH13');
    expect(d.form).toMatchObject({ kind: 'refusal', template: { form: 'Mẫu 03' } });
  });

  it('asks for the facts an eligibility condition needs instead of refusing', () => {
    const ages = { procedureCode: 'ket-hon', receivingUnitId: 'ttpvhcc-phuong-ba-dinh', channel: 'direct', submittedAt: '2025-10-06T09:30:00+07:00', components: [] };
    const d = decide({ ...ages, applicant: { type: 'citizen', femaleAge: 22 } });
    expect(d.outcome).toBe('supplement');
    expect(d.reasons.map((r) => r.code)).toContain('eligibility-facts-missing');
    expect(d.reasons.find((r) => r.code === 'eligibility-facts-missing')!.message).toContain('maleAge');
    // A rule that holds without the fact (an original is fine unless found defective) asks nothing.
    expect(decide({ ...copy, applicant: { type: 'citizen' } }).outcome).toBe('accept');
    expect(decide({ ...copy, applicant: { type: 'citizen', originalDefective: true } }).outcome).toBe('refuse');
  });

  it('refuses a procedure that is not in force on the day, with the slip of Circular 01/2018 before 01/07/2025', () => {
    const d = decide({ ...copy, submittedAt: '2025-03-10T09:30:00+07:00', receivingUnitId: 'cn-tay-ho-vo-chi-cong' });
    expect(d.outcome).toBe('refuse');
    expect(d.reasons[0]!.code).toBe('procedure-not-in-force');
    expect(d.form.template).toMatchObject({ circular: '01/2018/TT-VPCP', form: 'Mẫu 03' });
  });

  it('refuses at a unit that may not receive the procedure, naming where it is received', () => {
    // Outside the boundary-free pilot of 19–30/11/2025, the centre of Hoàn Kiếm does not receive
    // commune-level dossiers of Ba Đình (the branches and Ba Đình's own centre do).
    const d = decide({ ...copy, receivingUnitId: 'ttpvhcc-phuong-hoan-kiem', area: 'phuong-ba-dinh' });
    expect(d.outcome).toBe('refuse');
    expect(d.reasons.map((r) => r.code)).toEqual(['not-competent']);
    expect(d.reasons[0]!.citations.length).toBeGreaterThan(0);
    expect(d.reasons[0]!.message).toContain('Chi nhánh');
    // A dossier handed in at a branch's site is the branch's: the head office of Tây Hồ receives it.
    expect(decide({ ...copy, receivingUnitId: 'cn-tay-ho-vo-chi-cong', area: 'phuong-ba-dinh' }).outcome).toBe('accept');
  });

  it('reports a malformed application as input issues with their paths, deciding nothing', () => {
    const r = intake.validate({ ...copy, channel: 'fax', components: [{ code: 'x', form: 'scan' }] });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path?.join('.')])).toEqual([
      ['INTAKE_BAD_APPLICATION', 'channel'],
      ['INTAKE_BAD_APPLICATION', 'components.0.form'],
    ]);
    const unknown = intake.validate({ ...copy, procedureCode: '9.999999' });
    expect(unknown.issues[0]).toMatchObject({ code: 'INPUT_UNKNOWN_NAME', path: ['procedureCode'] });
    const area = intake.validate({ ...copy, area: 'phuong-khong-co' });
    expect(area.issues[0]).toMatchObject({ code: 'INPUT_UNKNOWN_NAME', path: ['area'] });
    // An area named as people write it is found.
    expect(decide({ ...copy, area: 'Phường Ba Đình' }).outcome).toBe('accept');
  });

  it('answers `motcua intake FILE --json` with outcome, reasons, missing and form, exit 0 even when refusing', () => {
    const r = motcua('intake', `${import.meta.dirname}/fixtures/intake/ket-hon-under-age.json`, '--json');
    expect(r.code).toBe(0);
    const body = r.json();
    expect(body.outcome).toBe('refuse');
    expect(body.reasons[0]).toMatchObject({ code: 'not-eligible', citation: { doc: '52/2014/QH13' } });
    expect(body.missing).toEqual([]);
    expect(body.form.kind).toBe('refusal');
    const bad = motcua('intake', `${import.meta.dirname}/fixtures/intake/no-such-file.json`);
    expect(bad.code).toBe(2);
  });
});
