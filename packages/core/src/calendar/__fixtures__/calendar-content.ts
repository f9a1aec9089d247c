import type { PackContent } from '../../model/entities.js';

const cite = { doc: 'D', ref: '1' };
const week = { mon: [['08:00', '12:00'], ['13:00', '17:00']], tue: [['08:00', '12:00'], ['13:00', '17:00']], wed: [['08:00', '12:00'], ['13:00', '17:00']], thu: [['08:00', '12:00'], ['13:00', '17:00']], fri: [['08:00', '12:00'], ['13:00', '17:00']] } as const;

/** A small pack with the public-sector calendar of 2024–2027 (known lunar dates, a few decided days). */
export function calendarContent(): PackContent {
  return {
    manifest: { id: 't', name: 'T', version: '1', formatVersion: 1, coverage: { from: '2024-01-01' } },
    documents: [{ code: 'D', title: 'Doc', confidence: 'confirmed' }],
    units: [],
    agencies: [],
    areas: [],
    phases: [],
    regimes: [],
    register: [],
    calendars: [
      { id: 'national', scope: 'national', name: 'Quốc gia', validFrom: '2024-01-01', week: week as never, hoursPerDay: 8, citation: cite },
      { id: 'city', scope: 'city', extends: 'national', name: 'Hà Nội', validFrom: '2024-01-01', citation: cite },
      {
        id: 'saturday-desk',
        scope: 'unit',
        extends: 'city',
        units: ['desk-1'],
        name: 'Bàn tiếp nhận thứ Bảy',
        validFrom: '2024-01-01',
        week: { ...week, sat: [['08:00', '12:00']] } as never,
        citation: cite,
      },
    ],
    holidays: [
      { id: 'new-year', name: 'Tết Dương lịch', calendar: 'national', date: { solar: '01-01' }, validFrom: '2021-01-01', citation: cite },
      { id: 'tet', name: 'Tết Nguyên đán', calendar: 'national', date: { lunar: 'tet' }, offset: -1, days: 5, compensate: false, validFrom: '2021-01-01', citation: cite },
      { id: 'hung-kings', name: 'Giỗ Tổ Hùng Vương', calendar: 'national', date: { lunar: 'hung-kings' }, validFrom: '2021-01-01', citation: cite },
      { id: 'victory', name: 'Ngày Chiến thắng', calendar: 'national', date: { solar: '04-30' }, validFrom: '2021-01-01', citation: cite },
      { id: 'labour', name: 'Quốc tế Lao động', calendar: 'national', date: { solar: '05-01' }, validFrom: '2021-01-01', citation: cite },
      { id: 'national-day', name: 'Quốc khánh', calendar: 'national', date: { solar: '09-01' }, days: 2, compensate: false, validFrom: '2021-01-01', citation: cite },
    ],
    calendarDays: [
      ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
        date,
        kind: 'day-off' as const,
        name: { vi: 'Tết Ất Tỵ', en: 'Lunar New Year' },
        calendar: 'national',
        occasion: 'tet',
        reason: 'holiday' as const,
        status: 'decided' as const,
        issued: '2024-11-26',
        citation: cite,
      })),
      { date: '2025-05-02', kind: 'day-off', name: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' }, calendar: 'national', occasion: 'labour', reason: 'swap', status: 'decided', citation: cite },
      { date: '2025-05-01', kind: 'day-off', name: { vi: 'Quốc tế Lao động', en: 'Labour Day' }, calendar: 'national', occasion: 'labour', reason: 'holiday', status: 'decided', citation: cite },
      { date: '2025-04-26', kind: 'working-day', name: { vi: 'Làm bù', en: 'Make-up working day' }, calendar: 'national', occasion: 'labour', reason: 'make-up', status: 'decided', citation: cite },
      { date: '2026-08-31', kind: 'day-off', name: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' }, calendar: 'national', occasion: 'national-day', reason: 'swap', status: 'proposed', citation: cite },
    ],
    jurisdiction: [],
    cases: [],
    kpiIndices: [],
  procedures: [],
    lunarYears: [
      { year: 2024, tet: '2024-02-10', hungKings: '2024-04-18' },
      { year: 2025, tet: '2025-01-29', hungKings: '2025-04-07' },
      { year: 2026, tet: '2026-02-17', hungKings: '2026-04-26' },
      { year: 2027, tet: '2027-02-06', hungKings: '2027-04-16' },
    ],
  } as PackContent;
}
