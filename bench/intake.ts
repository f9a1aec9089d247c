import { compileJurisdiction, createIntake, procedureQuery } from '@motcua/core';
import { hanoiPack } from '@motcua/rules';
import type { Benchmark } from './harness.js';
import { medianMs } from './harness.js';

type Outcome = 'accept' | 'supplement' | 'refuse';

/**
 * Intake validations on the Hanoi pack (target ≥ 100,000 /s, MISSION §7). Each application is
 * parsed, its unit and procedure looked up, routed, checked (eligibility, components, fees) and
 * given its slip's data with the appointment. Two sets, measured apart:
 * - **traffic**: every procedure in force on four dates, at units that receive it, by every
 *   channel; complete, and one in five with a component missing or in a weaker form;
 * - **refusals**: the same procedures at a unit that may not receive them, or on dates when they
 *   are not in force — the slowest path (the rows that decide are looked up for the citations).
 */
export const intake: Benchmark = {
  name: 'intake',
  description: 'dossier applications validated (accept / supplement / refuse, with slip data)',
  run() {
    const { org } = hanoiPack();
    const service = createIntake(org.content, { org });
    const router = compileJurisdiction(org.content);
    const applicant = { type: 'citizen', name: 'Nguyễn Văn A', maleAge: 25, femaleAge: 23, originalDefective: false };
    const traffic: object[] = [];
    const refusals: object[] = [];
    for (const day of ['2025-12-01', '2025-12-08', '2026-01-05', '2026-02-02']) {
      for (const p of org.content.procedures) {
        const version = p.versions.find((v) => v.validFrom <= day && (v.validTo === undefined || day <= v.validTo));
        const versionAny = version ?? p.versions[0]!;
        const complete = versionAny.components.filter((c) => c.required).map((c) => ({ code: c.code, form: c.forms[0]!, quantity: c.quantity }));
        for (const channel of version?.channels ?? ['direct']) {
          const submittedAt = `${day}T${channel === 'postal' ? '15:45' : '09:30'}:00+07:00`;
          const base = { procedureCode: p.code ?? p.id, channel, submittedAt, applicant, components: complete };
          if (!version) {
            refusals.push({ ...base, receivingUnitId: 'ttpvhcc-phuong-ba-dinh' });
            continue;
          }
          const area = p.agency ? undefined : 'phuong-ba-dinh';
          const receivers = router.receiverIds(procedureQuery(p, version, { at: day, channel, area }));
          // A commune-level centre that is not a receiver (a branch's site would receive through its branch).
          const outside = org.units({ at: day, kind: 'commune-centre' }).find((u) => !receivers.includes(u.id));
          if (outside) refusals.push({ ...base, receivingUnitId: outside.id, ...(p.agency ? {} : { area }) });
          receivers.slice(0, 5).forEach((receivingUnitId, i) => {
            const components = i !== 4 ? complete : complete.length > 1 ? complete.slice(1) : complete.map((c) => ({ ...c, form: 'copy' }));
            traffic.push({ ...base, receivingUnitId, ...(p.agency ? {} : { area }), components });
          });
        }
      }
    }
    const measure = (applications: object[]) => {
      const outcomes: Record<Outcome, number> = { accept: 0, supplement: 0, refuse: 0 };
      for (const a of applications) {
        const r = service.validate(a);
        if (!r.ok) throw new Error(`${JSON.stringify(a)}: ${r.issues.map((i) => i.message).join('; ')}`);
        outcomes[r.value.outcome]++;
      }
      const rounds = Math.ceil(100_000 / applications.length);
      const ms = medianMs(() => {
        for (let round = 0; round < rounds; round++) for (const a of applications) service.validate(a);
      }, 7, 2);
      return { perSecond: Math.round(((rounds * applications.length) / ms) * 1000), outcomes };
    };
    const t = measure(traffic);
    const r = measure(refusals);
    if (r.outcomes.accept + r.outcomes.supplement > 0) throw new Error(`the refusal set has ${r.outcomes.accept + r.outcomes.supplement} applications that are not refused`);
    const mix = (o: Record<Outcome, number>) => `${o.accept} accept, ${o.supplement} supplement, ${o.refuse} refuse`;
    return {
      value: t.perSecond,
      unit: 'validations/s',
      note: `traffic: ${traffic.length} applications (${mix(t.outcomes)}); refusals only: ${r.perSecond.toLocaleString('en')} /s over ${refusals.length} (${mix(r.outcomes)}); ${org.content.procedures.length} procedures`,
    };
  },
};
