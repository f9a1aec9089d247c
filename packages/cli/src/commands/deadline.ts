import {
  type Lang,
  type Pause,
  type WorkingCalendar,
  DAY_MS,
  VN_OFFSET_MS,
  computeDeadline,
  createIssue,
  dayNumber,
  formatInstant,
  parseDuration,
  parseTimeInput,
} from '@motcua/core';
import { calendarFor } from '../calendar-context.js';
import { choiceOption, dateOption, missingArgument, openPack, parse } from '../context.js';
import { procedureOption } from '../views.js';
import { CommandFailure, type Io, printJson } from '../io.js';

const USAGE = 'deadline --from T (--duration "N working-days|working-hours|calendar-days" | --procedure P [--channel direct|online|postal]) [--cutoff HH:MM] [--pause A/B ...] [--unit U] [--include-proposed]';

/** `motcua deadline`: when a dossier received at T with a processing time is due, and why. */
export function deadlineCommand(argv: readonly string[], io: Io): number {
  const { common, values } = parse(
    argv,
    {
      from: { type: 'string' },
      duration: { type: 'string' },
      cutoff: { type: 'string' },
      pause: { type: 'string', multiple: true },
      unit: { type: 'string' },
      procedure: { type: 'string' },
      channel: { type: 'string' },
      'include-proposed': { type: 'boolean' },
    },
    USAGE,
  );
  const { lang } = common;
  if (values.from === undefined || (values.duration === undefined && values.procedure === undefined)) throw new CommandFailure([missingArgument(USAGE, lang)]);
  const pack = openPack(common);
  const date = dateOption(values.from, '--from', pack, lang)!;
  // A procedure gives the processing time of the channel and its cut-off; explicit options win.
  const channel = choiceOption(values.channel, '--channel', ['direct', 'online', 'postal'] as const, lang) ?? 'direct';
  const chosen = values.procedure === undefined ? undefined : procedureOption(values.procedure, pack, date, lang);
  const version = chosen?.version;
  const durationText = values.duration === undefined ? (version!.processingTime[channel] ?? version!.processingTime.direct) : String(values.duration);
  const duration = parseDuration(durationText);
  if (!duration) throw new CommandFailure([createIssue('INPUT_BAD_DURATION', { value: durationText }, { lang })]);
  const cutoff = values.cutoff === undefined ? version?.cutoff : String(values.cutoff);
  if (cutoff !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(cutoff)) throw new CommandFailure([createIssue('INPUT_BAD_TIME', { value: cutoff }, { lang })]);
  const cal = calendarFor(pack, values.unit as string | undefined, date, values['include-proposed'] === true, lang);
  const receivedAt = instantOf(String(values.from), cal);
  const pauses = ((values.pause as string[] | undefined) ?? []).map((p) => pauseOf(p, lang));
  const d = computeDeadline(cal, receivedAt, duration, { ...(cutoff ? { cutoff } : {}), pauses, lang });
  const body = {
    receivedAt: formatInstant(d.receivedAt),
    start: formatInstant(d.start),
    due: formatInstant(d.due),
    dueDate: d.dueDate,
    duration: d.duration,
    calendar: cal.id,
    procedure: chosen ? { id: chosen.procedure.id, code: chosen.procedure.code ?? null, name: chosen.procedure.name, version: { validFrom: chosen.version.validFrom, validTo: chosen.version.validTo ?? null }, channel } : null,
    cutoff: cutoff ?? null,
    pauses: pauses.map((p) => ({ from: formatInstant(p.from), to: formatInstant(p.to) })),
    workingHours: Math.round((d.workingTime / 3_600_000) * 100) / 100,
    skipped: d.skipped,
    madeUp: d.madeUp,
    explanation: d.explanation,
  };
  if (common.json) printJson(io, body);
  else io.out(d.explanation.join('\n'));
  return 0;
}

/** A `--from` value as an instant; a bare date means the start of that day's first working session. */
function instantOf(text: string, cal: WorkingCalendar): number {
  const t = parseTimeInput(text)!;
  return t.kind === 'instant' ? t.instant : cal.nextWorkingInstant(dayNumber(t.date) * DAY_MS - VN_OFFSET_MS);
}

/** `A/B`: two ISO instants (a bare date is its midnight) with A before B. */
function pauseOf(text: string, lang: Lang): Pause {
  const [a, b, ...rest] = text.split('/');
  const at = (s: string | undefined) => {
    const t = s === undefined ? undefined : parseTimeInput(s);
    return t === undefined ? undefined : t.kind === 'instant' ? t.instant : dayNumber(t.date) * DAY_MS - VN_OFFSET_MS;
  };
  const from = at(a);
  const to = at(b);
  if (rest.length > 0 || from === undefined || to === undefined || to < from) {
    throw new CommandFailure([createIssue('INPUT_BAD_PAUSE', { value: text }, { lang })]);
  }
  return { from, to };
}
