import { writeFileSync } from 'node:fs';
import { type DayInfo, type Lang, createIssue } from '@motcua/core';
import { calendarFor } from '../calendar-context.js';
import { missingArgument, openPack, parse } from '../context.js';
import { t } from '../i18n.js';
import { CommandFailure, type Io, printJson, table } from '../io.js';

const USAGE = 'calendar YEAR [--unit U] [--all] [--include-proposed] [--ics FILE]';
const STATUS = {
  proposed: { vi: 'mới đề xuất', en: 'proposed' },
  conflicting: { vi: 'nguồn mâu thuẫn', en: 'conflicting' },
  decided: { vi: 'đã quyết định', en: 'decided' },
} as const;
const WEEKDAYS: Record<Lang, readonly string[]> = {
  vi: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** `motcua calendar YEAR`: every non-working day and make-up working day of a year, with reasons and sources. */
export function calendarCommand(argv: readonly string[], io: Io): number {
  const { common, values, positionals } = parse(
    argv,
    { unit: { type: 'string' }, all: { type: 'boolean' }, 'include-proposed': { type: 'boolean' }, ics: { type: 'string' } },
    USAGE,
    1,
  );
  const { lang } = common;
  const yearText = positionals[0];
  if (yearText === undefined) throw new CommandFailure([missingArgument(USAGE, lang)]);
  if (!/^\d{4}$/.test(yearText)) throw new CommandFailure([createIssue('INPUT_BAD_YEAR', { value: yearText }, { lang })]);
  const pack = openPack(common);
  const cal = calendarFor(pack, values.unit as string | undefined, `${yearText}-07-01`, values['include-proposed'] === true, lang);
  const [from, to] = [`${yearText}-01-01`, `${yearText}-12-31`];
  if (!cal.covers(from)) throw new CommandFailure([createIssue('CALENDAR_OUT_OF_RANGE', { date: yearText, from: cal.from, to: cal.to }, { lang })]);

  const days: DayInfo[] = [];
  let workingDays = 0;
  for (let d = 0, date = from; date <= to; d++, date = nextDate(date)) {
    const info = cal.day(date);
    if (info.working) workingDays++;
    const special = info.reasons.some((r) => r.kind !== 'weekend');
    if (special || (values.all === true && !info.working)) days.push(info);
  }
  const pick = (text: string | { vi: string; en: string }) => (typeof text === 'string' ? text : text[lang]);
  const dayJson = (d: DayInfo) => ({
    date: d.date,
    weekday: WEEKDAYS.en[d.weekday],
    working: d.working,
    reasons: d.reasons.map((r) => ({ kind: r.kind, name: pick(r.name), source: r.source, status: r.status ?? null, calendar: r.calendar, citations: r.citations })),
  });
  if (typeof values.ics === 'string') writeFileSync(values.ics, ics(days, cal.id, yearText, lang));
  if (common.json) {
    printJson(io, { year: Number(yearText), calendar: cal.id, workingDays, days: days.map(dayJson), ics: values.ics ?? null });
    return 0;
  }
  const rows = days.map((d) => [
    d.date,
    WEEKDAYS[lang][d.weekday]!,
    d.working ? (lang === 'vi' ? 'làm việc' : 'working') : lang === 'vi' ? 'nghỉ' : 'off',
    d.reasons.map((r) => `${pick(r.name)}${r.status && r.status !== 'decided' ? ` (${STATUS[r.status][lang]})` : ''}`).join('; '),
    [...new Set(d.reasons.flatMap((r) => r.citations.map((c) => c.doc)))].join(', '),
  ]);
  io.out(table([lang === 'vi' ? 'ngày' : 'date', '', lang === 'vi' ? 'trạng thái' : 'status', lang === 'vi' ? 'lý do' : 'reason', t('citations', lang)], rows));
  io.out(`\n${lang === 'vi' ? `Lịch "${cal.id}": ${workingDays} ngày làm việc trong năm ${yearText}.` : `Calendar "${cal.id}": ${workingDays} working days in ${yearText}.`}`);
  if (typeof values.ics === 'string') io.out(lang === 'vi' ? `Đã ghi ${values.ics}.` : `Wrote ${values.ics}.`);
  return 0;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An iCalendar file (RFC 5545) with one all-day event per listed day. */
function ics(days: readonly DayInfo[], calendarId: string, year: string, lang: Lang): string {
  const escape = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
  const compact = (d: string) => d.replaceAll('-', '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//motcua//working-day calendar//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:motcua ${calendarId} ${year}`];
  for (const d of days) {
    const name = d.reasons.map((r) => (typeof r.name === 'string' ? r.name : r.name[lang])).join('; ');
    const summary = d.working ? `${lang === 'vi' ? 'Làm việc' : 'Working day'}: ${name}` : name;
    const sources = [...new Set(d.reasons.flatMap((r) => r.citations.map((c) => `${c.doc} ${c.ref}`)))].join('; ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.date}-${calendarId}@motcua`,
      `DTSTAMP:${compact(d.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(d.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDate(d.date))}`,
      `SUMMARY:${escape(summary)}`,
      ...(sources ? [`DESCRIPTION:${escape(sources)}`] : []),
      `TRANSP:${d.working ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is folded, each continuation starting with a
 * space. Vietnamese text is multi-byte in UTF-8, so the cut is counted in bytes and never splits a
 * character.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
