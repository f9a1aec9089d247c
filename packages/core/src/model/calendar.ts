import { z } from 'zod';
import { CitationsSchema, ConfidenceSchema, IdSchema, IsoDateSchema, TextSchema, datedSchema, rowFields } from './common.js';

/**
 * The working-day calendar as data (Labour Code 2019 Art. 111–112 and the yearly decisions):
 * calendars with their weekly sessions, statutory holiday rules, the dated days off and make-up
 * working days decided each year, and the generated table of lunar dates.
 */

/** A time of day `HH:MM` (Asia/Ho_Chi_Minh). */
export const TimeOfDaySchema = z
  .string()
  .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s) || s === '24:00', { params: { expected: 'time' } })
  .meta({ description: 'Time of day HH:MM in Asia/Ho_Chi_Minh.', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$' });
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/** A working session `[start, end]`, e.g. `["08:00", "12:00"]`. */
export const SessionSchema = z.tuple([TimeOfDaySchema, TimeOfDaySchema]);
export type Session = z.infer<typeof SessionSchema>;

const day = z.array(SessionSchema).optional();

/** The sessions of each weekday; a day left out or empty is a weekly rest day. */
export const WeekSchema = z
  .strictObject({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day })
  .meta({ id: 'Week', description: 'Working sessions per weekday; a missing or empty day is a rest day.' });
export type Week = z.infer<typeof WeekSchema>;

/**
 * A working-day calendar. Calendars form layers: national ⊕ city ⊕ unit. A child inherits its
 * parent's week, holiday rules and dated days, and may replace the week (a unit that opens on
 * Saturday mornings) or add dated days of its own.
 */
export const CalendarSchema = z
  .strictObject({
    ...rowFields,
    scope: z.enum(['national', 'city', 'unit']),
    extends: IdSchema.optional().meta({ description: 'The calendar this one refines.' }),
    week: datedSchema(WeekSchema).optional().meta({ description: 'Weekly sessions; inherited from the parent when absent.' }),
    units: z.array(IdSchema).optional().meta({ description: 'Units that keep this calendar (scope unit).' }),
    hoursPerDay: z.number().positive().max(24).optional().meta({ description: 'Working hours in one working day (default 8).' }),
  })
  .meta({ id: 'Calendar' });
export type Calendar = z.infer<typeof CalendarSchema>;

/** Where a statutory holiday falls each year: a solar month-day, or a lunar date from the table. */
export const HolidayDateSchema = z.union([
  z.strictObject({ solar: z.string().refine((s) => /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s), { params: { expected: 'month-day' } }) }),
  z.strictObject({ lunar: z.enum(['tet', 'hung-kings']).meta({ description: 'Lunar New Year (1/1) or Hùng Kings day (10/3), from lunarYears.' }) }),
]);

/**
 * A statutory holiday (Labour Code 2019 Art. 112): the days it gives each year unless a dated
 * decision for that year and occasion says otherwise. `offset` and `days` place a block around the
 * date (Tết: the eve and four days, offset -1, days 5); `compensate` applies Art. 111(3) — a holiday
 * on a weekly rest day gives the next working day off.
 */
export const HolidayRuleSchema = z
  .strictObject({
    ...rowFields,
    calendar: IdSchema.meta({ description: 'Calendar the rule belongs to (and its descendants).' }),
    date: HolidayDateSchema,
    offset: z.number().int().min(-10).max(10).optional(),
    days: z.number().int().min(1).max(15).optional(),
    compensate: z.boolean().optional().meta({ description: 'Art. 111(3): a holiday on a rest day moves to the next working day (default true).' }),
  })
  .meta({ id: 'HolidayRule' });
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

/** Status of a dated day: decided by a competent body, only proposed, or contradicted by another source. */
export const DayStatusSchema = z.enum(['decided', 'proposed', 'conflicting']);
export type DayStatus = z.infer<typeof DayStatusSchema>;

/**
 * One dated day of a yearly schedule: a day off or a (make-up) working day, with its source. When
 * a decided entry exists for an occasion and year, the rule's default days for that occasion and
 * year are replaced by the decided ones. Of several entries for one date and calendar, the one
 * issued last wins.
 */
export const CalendarDaySchema = z
  .strictObject({
    date: IsoDateSchema,
    kind: z.enum(['day-off', 'working-day']),
    name: TextSchema,
    calendar: IdSchema.meta({ description: 'Calendar the day belongs to (and its descendants).' }),
    occasion: IdSchema.optional().meta({ description: 'Holiday rule this day settles for its year.' }),
    reason: z.enum(['holiday', 'compensatory', 'swap', 'make-up', 'other']),
    status: DayStatusSchema,
    issued: IsoDateSchema.optional().meta({ description: 'Date of the decision; a later decision supersedes an earlier one.' }),
    citation: CitationsSchema,
    confidence: ConfidenceSchema.optional(),
    notes: TextSchema.optional(),
  })
  .meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

/** The Gregorian dates of Tết (1/1) and Hùng Kings day (10/3) of one lunar year, computed at UTC+7. */
export const LunarYearSchema = z
  .strictObject({ year: z.number().int().min(1900).max(2199), tet: IsoDateSchema, hungKings: IsoDateSchema })
  .meta({ id: 'LunarYear' });
export type LunarYear = z.infer<typeof LunarYearSchema>;
