import { readFileSync } from 'node:fs';
import { type IntakeDecision, type Lang, createIntake, createIssue } from '@motcua/core';
import { missingArgument, openPack, parse } from '../context.js';
import { CommandFailure, type Io, printJson } from '../io.js';

const USAGE = 'intake FILE|-';

const OUTCOME = {
  accept: { vi: 'TIẾP NHẬN', en: 'ACCEPT' },
  supplement: { vi: 'YÊU CẦU BỔ SUNG', en: 'SUPPLEMENT' },
  refuse: { vi: 'TỪ CHỐI TIẾP NHẬN', en: 'REFUSE' },
} as const;

/** `motcua intake FILE`: accept, supplement or refuse a dossier application, with the slip's data. */
export function intakeCommand(argv: readonly string[], io: Io): number {
  const { common, positionals } = parse(argv, {}, USAGE, 1);
  const { lang } = common;
  const file = positionals[0];
  if (file === undefined) throw new CommandFailure([missingArgument(USAGE, lang)]);
  let application: unknown;
  try {
    application = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (error) {
    throw new CommandFailure([createIssue('INPUT_BAD_OPTION_FILE', { file, detail: (error as Error).message }, { lang })]);
  }
  const pack = openPack(common);
  const result = createIntake(pack.org.content, { org: pack.org }).validate(application, { lang });
  if (!result.ok) throw new CommandFailure(result.issues.map((i) => ({ ...i, file: file === '-' ? '<stdin>' : file })));
  if (common.json) printJson(io, result.value);
  else io.out(describeDecision(result.value, lang));
  return 0;
}

/** The readable form of a decision: the outcome, each reason with its basis, and the slip's main data. */
export function describeDecision(d: IntakeDecision, lang: Lang): string {
  const f = d.form;
  const lines = [`${OUTCOME[d.outcome][lang]} — ${f.procedure ? `${f.procedure.name}${f.procedure.code ? ` (${f.procedure.code})` : ''}` : ''}`, `${f.receivingUnit.name} · ${f.channel} · ${f.submittedAt}`];
  for (const r of d.reasons) lines.push(`  - [${r.code}] ${r.message}${r.citation ? ` (${r.citation.doc} ${r.citation.ref})` : ''}`);
  lines.push('', `${f.template.form}${f.template.circular ? ` ${lang === 'vi' ? 'Thông tư' : 'Circular'} ${f.template.circular}` : ''}: ${f.template.title}`);
  if (f.dueAt) lines.push(`  ${lang === 'vi' ? 'Thời hạn giải quyết' : 'Processing time'}: ${f.processingTime}; ${lang === 'vi' ? 'hẹn trả kết quả' : 'result due'}: ${f.dueAt}`);
  if (f.items?.length) for (const i of f.items) lines.push(`  ${lang === 'vi' ? 'Bổ sung' : 'Supply'}: ${i.name} (${i.forms} × ${i.quantity})`);
  if (f.fees && f.fees.total > 0) lines.push(`  ${lang === 'vi' ? 'Phí, lệ phí' : 'Fees'}: ${f.fees.total.toLocaleString('vi-VN')} đ`);
  return lines.join('\n');
}
