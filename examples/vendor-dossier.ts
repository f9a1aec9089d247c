/**
 * Vendor example: one dossier from the counter to the KPI record, on the Hanoi pack (docs/intake.md,
 * docs/dossier.md, docs/vendors.md). Intake decides (accept / supplement / refuse, with the slip's
 * data), the dossier machine carries the accepted dossier through its life on the working-day
 * calendar, the state is stored as JSON and restored between two events, and the end gives the
 * control sheet and the record the KPI engine counts. Run it from the repository root:
 *
 *   pnpm -s tsx --conditions=@motcua/source examples/vendor-dossier.ts
 */
import {
  type Application,
  type DossierEvent,
  type DossierState,
  calendarIdFor,
  compileCalendar,
  controlSheet,
  createDossier,
  createIntake,
  dossierTransition,
  formatDossierCode,
  formatInstant,
  formatIssue,
  nextSequence,
  parseTimeInput,
  persistDossier,
  procedureFacts,
  restoreDossier,
  toDossierRecord,
} from '@motcua/core';
import { hanoiPack } from '@motcua/rules';

/** An ISO 8601 date-time (no offset = Asia/Ho_Chi_Minh) as epoch milliseconds. */
function instant(text: string): number {
  const t = parseTimeInput(text);
  if (t?.kind !== 'instant') throw new Error(`not a date-time: ${text}`);
  return t.instant;
}
// `… | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const show = (ms: number | null | undefined) => (ms === null || ms === undefined ? '—' : formatInstant(ms));

// Once per process: the pack, and the intake built on it (organisation, router, catalogue, calendars).
const { org } = hanoiPack();
const intake = createIntake(org.content, { org });

// 1. The application as the counter app sends it: a work permit (1.014199, Sở Nội vụ, 10 working
//    days), handed in on paper at the head office of the Tây Hồ branch on Monday at 15:30.
const application: Application = {
  procedureCode: '1.014199',
  receivingUnitId: 'cn-tay-ho-vo-chi-cong',
  channel: 'direct',
  submittedAt: '2025-12-01T15:30',
  applicant: { type: 'organisation', name: 'Công ty TNHH ABC', phone: '024 3333 4444' },
  components: [{ code: 'van-ban-de-nghi', form: 'original', quantity: 1 }],
};
const decided = intake.validate(application, { lang: 'en' });
if (!decided.ok) {
  // A malformed application, an unknown unit or procedure: input issues, nothing decided.
  for (const issue of decided.issues) console.error(formatIssue(issue));
  process.exit(2);
}
const decision = decided.value;
const slip = decision.form;
console.log(`intake: ${decision.outcome} — ${slip.template.form} (${slip.template.circular}) "${slip.template.title}"`);
console.log(`  ${slip.procedure?.code} ${slip.receivingUnit.name}; processing time ${slip.processingTime}, result due ${slip.dueAt}`);
if (decision.outcome !== 'accept') {
  for (const r of decision.reasons) console.log(`  [${r.code}] ${r.message} (${r.citation?.doc} ${r.citation?.ref})`);
  process.exit(0);
}

// 2. The procedure version in force on the day of receipt, and the calendar of the receiving unit.
const receivedAt = instant(application.submittedAt);
const date = parseTimeInput(application.submittedAt)!.date;
const found = intake.catalogue.resolve(application.procedureCode);
if (!found.ok) throw new Error(found.issues.map(formatIssue).join('\n'));
const procedure = found.value;
const version = intake.catalogue.versionAt(procedure, date)!;
const cal = compileCalendar(org.content, calendarIdFor(org.content, application.receivingUnitId, date)!);

// 3. The dossier code (Circular 03/2025 Art. 13): the host keeps the counters; '000.00.01.H26'
//    stands for the receiving body's electronic id, which comes from the host's configuration.
const { sequence, counters } = nextSequence({}, '000.00.01.H26', receivedAt);
const dossierCode = formatDossierCode('000.00.01.H26', receivedAt, sequence);

// 4. The dossier, from the facts of the version in force (processing time for the channel, cut-off,
//    clock policies). A commune-level procedure names no agency: use the People's Committee of the
//    dossier's area (docs/intake.md §8).
let dossier: DossierState = createDossier({
  id: dossierCode,
  dossierCode,
  procedureCode: procedure.code ?? procedure.id,
  agencyId: procedure.agency!,
  receivingUnitId: application.receivingUnitId,
  channel: application.channel,
  procedure: procedureFacts(version, application.channel),
  submittedAt: receivedAt,
});
const send = (event: DossierEvent) => {
  const next = dossierTransition(cal, dossier, event);
  if (!next.ok) throw new Error(`${event.type}: ${next.issues.map(formatIssue).join('; ')}`);
  dossier = next.value;
};

send({ type: 'RECEIVE', at: receivedAt, by: 'cb-tiep-nhan-01' });
console.log(`dossier ${dossierCode} (counters ${JSON.stringify(counters)})`);
console.log(`  ${dossier.value}: due ${show(dossier.context.dueAt)} (the slip said ${slip.dueAt}), transfer due ${show(dossier.context.transferDueAt)}`);
send({ type: 'TRANSFER', at: instant('2025-12-02T08:15'), by: 'cb-tiep-nhan-01' });

// 5. Between two requests a server stores the state as JSON and restores it.
const stored = JSON.stringify(persistDossier(dossier));
const restored = restoreDossier(JSON.parse(stored));
if (!restored.ok) throw new Error(restored.issues.map(formatIssue).join('\n'));
dossier = restored.value;
console.log(`  stored ${stored.length} bytes as definition version ${JSON.parse(stored).definitionVersion}; restored in state ${dossier.value}`);

send({ type: 'RESOLVE', at: instant('2025-12-11T16:00'), by: 'Phòng Việc làm' });
send({ type: 'RETURN', at: instant('2025-12-12T09:00'), by: 'cb-tra-ket-qua-02' });
console.log(`  ${dossier.value} after ${dossier.context.history.map((h) => h.event).join(' → ')}`);

// 6. The control sheet (Circular 03/2025 Form 06) and the record the KPI engine counts.
console.log('control sheet:');
for (const row of controlSheet(dossier, { lang: 'en' })) {
  console.log(`  ${row.from} → ${row.to}  ${show(row.at)}  ${row.status}  (due ${show(row.dueAt)}) ${row.note}`);
}
const record = toDossierRecord(dossier);
const { receivedAt: r, dueAt, resolvedAt, returnedAt, revisedDueAt, ...rest } = record;
console.log('KPI record:', { ...rest, receivedAt: show(r), dueAt: show(dueAt), revisedDueAt: show(revisedDueAt), resolvedAt: show(resolvedAt), returnedAt: show(returnedAt) });
