import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { motcua } from './helpers/run-cli.js';
import { describe, expect, it } from 'vitest';

describe('motcua deadline', () => {
  it('answers with the --json contract: due, dueDate, skipped[] {date, reason}, explanation[]', () => {
    const r = motcua('deadline', '--from', '2025-01-24T09:00', '--duration', '2 working-days', '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    const body = r.json();
    expect(body.due).toBe('2025-02-04T09:00:00+07:00');
    expect(body.dueDate).toBe('2025-02-04');
    expect(body.skipped).toHaveLength(9);
    expect(body.skipped[2]).toMatchObject({ date: '2025-01-27', kind: 'holiday', status: 'decided' });
    expect(typeof body.skipped[2].reason).toBe('string');
    expect(body.skipped[2].citations.length).toBeGreaterThan(0);
    expect(body.explanation.at(-1)).toBe('Due: 2025-02-04T09:00:00+07:00.');
  });

  it('reads a bare date as the start of that day\'s first working session', () => {
    const body = motcua('deadline', '--from', '2025-05-12', '--duration', '1 working-days', '--json').json();
    expect(body.start).toBe('2025-05-12T08:00:00+07:00');
    expect(body.due).toBe('2025-05-12T17:00:00+07:00');
  });

  it('stops the clock for each --pause and applies --cutoff', () => {
    const paused = motcua('deadline', '--from', '2025-05-12T09:00', '--duration', '2 working-hours', '--pause', '2025-05-12T10:00/2025-05-14T10:00', '--json').json();
    expect(paused.due).toBe('2025-05-14T11:00:00+07:00');
    expect(paused.pauses).toHaveLength(1);
    const late = motcua('deadline', '--from', '2025-05-12T15:30', '--duration', '1 working-days', '--cutoff', '15:00', '--json').json();
    expect(late.start).toBe('2025-05-13T08:00:00+07:00');
  });

  it('explains in Vietnamese by default', () => {
    const r = motcua('deadline', '--from', '2025-04-25T09:00', '--duration', '2 ngày làm việc');
    expect(r.stdout).toContain('Tính 2025-04-26 là ngày làm việc');
    expect(r.stdout).toContain('Hạn giải quyết: 2025-04-28T09:00:00+07:00.');
  });

  it('refuses bad input with exit 2 and a code', () => {
    const cases: [string[], string][] = [
      [['--from', '2025-05-12', '--duration', 'soon'], 'INPUT_BAD_DURATION'],
      [['--from', 'yesterday', '--duration', '1 working-days'], 'INPUT_BAD_TIME'],
      [['--from', '2025-05-12', '--duration', '1 working-days', '--pause', '2025-05-14/2025-05-12'], 'INPUT_BAD_PAUSE'],
      [['--from', '2025-05-12', '--duration', '1 working-days', '--cutoff', '25:00'], 'INPUT_BAD_TIME'],
      [['--from', '2025-05-12'], 'INPUT_MISSING_ARGUMENT'],
      [['--from', '2025-05-12', '--duration', '1 working-days', '--procedure', '9.999999'], 'INPUT_UNKNOWN_NAME'],
      [['--from', '2099-12-01', '--duration', '900 working-days'], 'CALENDAR_OUT_OF_RANGE'],
    ];
    for (const [args, code] of cases) {
      const r = motcua('deadline', ...args, '--json');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.json().issues[0].code, args.join(' ')).toBe(code);
    }
  });
});

describe('motcua calendar', () => {
  it('lists the special days of 2025 with reasons and sources, and counts the working days', () => {
    const body = motcua('calendar', '2025', '--json', '--lang', 'en').json();
    expect(body.calendar).toBe('hanoi');
    expect(body.workingDays).toBe(250);
    const byDate = new Map(body.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate.get('2025-04-26')).toMatchObject({ working: true, weekday: 'Sat' });
    expect(byDate.get('2025-05-02')).toMatchObject({ working: false });
    expect(byDate.has('2025-05-10')).toBe(false); // an ordinary weekend is not special
    const all = motcua('calendar', '2025', '--all', '--json').json();
    expect(all.days.length).toBeGreaterThan(100);
  });

  it('writes an iCalendar file people can import', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-ics-')), 'vn-2026.ics');
    expect(motcua('calendar', '2026', '--ics', file, '--lang', 'en').code).toBe(0);
    const ics = readFileSync(file, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(ics.match(/END:VEVENT/g)!.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260822');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260217');
    // RFC 5545: no content line longer than 75 octets; unfolding restores the long descriptions.
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const vi = readFileSync((motcua('calendar', '2026', '--ics', `${file}.vi`), `${file}.vi`), 'utf8');
    expect(vi.split('\r\n').filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    expect(vi.replace(/\r\n /g, '')).toContain('SUMMARY:Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy');
  });

  it('refuses a year that is not one, or outside the calendar', () => {
    expect(motcua('calendar', 'next', '--json').json().issues[0].code).toBe('INPUT_BAD_YEAR');
    expect(motcua('calendar', '2150', '--json').json().issues[0].code).toBe('CALENDAR_OUT_OF_RANGE');
  });
});
