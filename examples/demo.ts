/**
 * The guided tour behind `pnpm demo`: the Hanoi network on dates of the rollout, read from the
 * bundled rule pack. Run with `--lang vi` for Vietnamese.
 */
import {
  type DossierRecord,
  type Lang,
  aggregate,
  createIntake,
  compileCalendar,
  compileJurisdiction,
  computeDeadline,
  createRecordTable,
  formatIssue,
  generateRecords,
  indexInForce,
  nameAt,
  parseDuration,
  parseTimeInput,
  readRecord,
  scoreIndex,
} from '@motcua/core';
import { branchResolver, describeKpi, describeNetwork } from '@motcua/cli';
import { hanoiPack } from '@motcua/rules';

// `pnpm demo | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const lang: Lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'vi' ? 'vi' : 'en';
const { org, warnings } = hanoiPack({ lang });
const say = (en: string, vi: string) => console.log(lang === 'vi' ? vi : en);
const rule = () => console.log('─'.repeat(78));

say(
  `motcua — the rules of Hanoi's one-stop network (pack ${org.manifest.id} ${org.manifest.version})`,
  `motcua — quy tắc mạng lưới một cửa Hà Nội (gói ${org.manifest.id} ${org.manifest.version})`,
);
say(
  `${org.content.units.length} units, ${org.content.agencies.length} agencies, ${org.content.areas.length} areas, ${org.content.register.length} register entries, ${warnings.length} lint warnings.`,
  `${org.content.units.length} đơn vị, ${org.content.agencies.length} cơ quan, ${org.content.areas.length} địa bàn, ${org.content.register.length} mục sổ đăng ký, ${warnings.length} cảnh báo.`,
);

const stops: [string, string, string][] = [
  ['2024-11-15', 'Before the pilot: the departments and districts receive at their own desks.', 'Trước thí điểm: các Sở, quận, huyện tiếp nhận tại bộ phận một cửa của mình.'],
  ['2025-02-10', 'Phase 1: the two pilot branches, beside the departments\' desks.', 'Giai đoạn 1: hai chi nhánh thí điểm, song song với một cửa các Sở.'],
  ['2025-03-15', 'March 2025: the plan covers no phase; the pack says what holds and why.', 'Tháng 3/2025: kế hoạch bỏ trống; gói quy tắc nói rõ quy định áp dụng và lý do.'],
  ['2025-05-12', 'Phase 2: twelve branches cover the thirty former districts.', 'Giai đoạn 2: 12 chi nhánh phủ 30 quận, huyện, thị xã cũ.'],
  ['2025-07-01', 'Phase 3 and two-level government: Decree 118 replaces Decree 61; 126 commune-level centres.', 'Giai đoạn 3 và chính quyền hai cấp: Nghị định 118 thay Nghị định 61; 126 TTPVHCC cấp xã.'],
];
for (const [date, en, vi] of stops) {
  rule();
  say(`${date} — ${en}`, `${date} — ${vi}`);
  console.log('');
  console.log(describeNetwork(org.network(date), lang));
}

rule();
say('Old names still work: each resolves to the body in force on the date asked.', 'Tên cũ vẫn dùng được: mỗi tên trỏ tới cơ quan có hiệu lực vào ngày hỏi.');
for (const name of ['Sở Kế hoạch và Đầu tư', 'Sở Giao thông vận tải', 'Ban Dân tộc', 'so tai nguyen va moi truong']) {
  const r = org.resolve('agency', name, { at: '2025-06-01', lang });
  const answer = r.ok ? `${nameAt(r.value.row, '2025-06-01')} [${r.value.row.id}]` : r.issues.map(formatIssue).join('; ');
  console.log(`  ${name.padEnd(30)} → ${answer}`);
}

rule();
say('Who may receive a dossier of Sở Tài chính (in person), on dates across the rollout:', 'Ai được tiếp nhận hồ sơ của Sở Tài chính (trực tiếp) qua các giai đoạn:');
const router = compileJurisdiction(org.content);
for (const at of ['2024-11-15', '2025-02-10', '2025-03-15', '2025-05-12', '2025-08-01']) {
  const receivers = router.route({ at, agency: 'so-tai-chinh', channel: 'direct' });
  const list = receivers.map((r) => `${r.unit.id} (${r.basis.join('/')})`);
  console.log(`  ${at}  ${list.length > 4 ? `${list.slice(0, 4).join(', ')} … +${list.length - 4}` : list.join(', ') || '—'}`);
}

rule();
say('Deadlines fall on the working-day calendar: weekends, holidays, compensatory days and swaps, with sources.', 'Thời hạn tính theo lịch ngày làm việc: ngày nghỉ hằng tuần, lễ Tết, nghỉ bù, hoán đổi, kèm căn cứ.');
const cal = compileCalendar(org.content, 'hanoi');
for (const [from, duration, cutoff] of [
  ['2026-02-13T16:30', '3 working-days', '15:00'],
  ['2025-04-25T09:00', '2 working-days', undefined],
] as const) {
  const received = parseTimeInput(from);
  if (received?.kind !== 'instant') continue;
  const d = computeDeadline(cal, received.instant, parseDuration(duration)!, { ...(cutoff ? { cutoff } : {}), lang });
  console.log('');
  for (const line of d.explanation) console.log(`  ${line}`);
}

rule();
say('Intake: the procedure catalogue decides accept / supplement / refuse, with the slip of the regime in force.', 'Tiếp nhận: danh mục thủ tục quyết định tiếp nhận / yêu cầu bổ sung / từ chối, kèm phiếu theo chế độ pháp lý đang áp dụng.');
const intake = createIntake(org.content, { org });
for (const application of [
  { procedureCode: '1.014199', receivingUnitId: 'cn-tay-ho-vo-chi-cong', channel: 'direct', submittedAt: '2025-12-01T09:00', applicant: { type: 'organisation' }, components: [] },
  { procedureCode: '2.000815', receivingUnitId: 'ttpvhcc-phuong-ba-dinh', channel: 'direct', submittedAt: '2025-12-05T15:30', applicant: { type: 'citizen' }, components: [{ code: 'ban-chinh', form: 'original' }] },
  { procedureCode: '1.000894', receivingUnitId: 'ttpvhcc-phuong-ba-dinh', channel: 'direct', submittedAt: '2025-12-01T09:00', applicant: { type: 'citizen', maleAge: 19, femaleAge: 20 }, components: [] },
]) {
  const r = intake.validate(application, { lang });
  if (!r.ok) continue;
  const d = r.value;
  const why = d.reasons[0] ? ` — ${d.reasons[0].message}` : ` — ${lang === 'vi' ? 'hẹn trả' : 'result due'} ${d.form.dueAt}`;
  console.log(`  ${d.outcome.padEnd(10)} ${d.form.procedure?.code} ${d.form.template.form} (${d.form.template.circular})${why}`);
}

rule();
say(
  'KPIs of a synthetic month (October 2025, 1,500 dossiers a working day, seed 1), by branch: the buckets of report II.06a, the on-time rate and Decision 766 indicator 2.1.',
  'Chỉ số của một tháng giả lập (10/2025, 1.500 hồ sơ mỗi ngày làm việc, seed 1), theo chi nhánh: các cột của biểu II.06a, tỷ lệ đúng hạn và chỉ tiêu 2.1 của Bộ chỉ số 766.',
);
const generated = generateRecords({ organisation: org, calendar: cal, month: '2025-10', seed: 1, perDay: 1500 });
const records = [...generated].map((r) => readRecord(r).record).filter((r): r is DossierRecord => r !== undefined);
const report = aggregate(createRecordTable(records), { from: '2025-10-01', to: '2025-10-31', by: 'branch', branchOf: branchResolver(org) });
console.log('');
console.log(describeKpi(report, { org, lang }));
const index = indexInForce(org.content.kpiIndices, '766', '2025-10-31');
if (index) {
  const s = scoreIndex(index, report.total, lang);
  console.log('');
  say(
    `Decision 766 (${s.version}): ${s.score.toFixed(2)} of the ${s.scoredMax} points dossier records can show (of ${s.total}); ${s.unscored.length} indicators need data records do not carry and are reported as not computable, not as zero.`,
    `Bộ chỉ số 766 (${s.version}): ${s.score.toFixed(2)} trên ${s.scoredMax} điểm tính được từ dữ liệu hồ sơ (trên ${s.total}); ${s.unscored.length} chỉ tiêu cần dữ liệu mà hồ sơ không có, được báo là không tính được, không phải 0 điểm.`,
  );
}

rule();
const march = org.phaseAt('2025-03-15');
const entry = march?.register?.[0] ? org.registerEntry(march.register[0]) : undefined;
if (entry) {
  const pick = (v: string | { vi: string; en: string }) => (typeof v === 'string' ? v : v[lang]);
  say(`Register ${entry.id}: ${pick(entry.title)}`, `Sổ đăng ký ${entry.id}: ${pick(entry.title)}`);
  say(`  Decision: ${pick(entry.decision)}`, `  Quyết định: ${pick(entry.decision)}`);
}
say(
  '\nNext: `pnpm -s motcua help`, `pnpm -s motcua deadline --from 2025-05-12T09:00 --duration "5 working-days"`, `pnpm -s motcua kpi generate --month 2025-10 --seed 1 > oct.ndjson && pnpm -s motcua kpi oct.ndjson --from 2025-10-01 --to 2025-10-31 --index 766`, docs/.',
  '\nTiếp theo: `pnpm -s motcua help`, `pnpm -s motcua deadline --from 2025-05-12T09:00 --duration "5 ngày làm việc"`, `pnpm -s motcua kpi generate --month 2025-10 --seed 1 > oct.ndjson && pnpm -s motcua kpi oct.ndjson --from 2025-10-01 --to 2025-10-31 --index 766`, docs/.',
);
