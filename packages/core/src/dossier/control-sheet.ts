import { timeMs } from '../calendar/working-calendar.js';
import type { Lang } from '../codes.js';
import { localDay } from '../kpi/record.js';
import { DAY_MS, VN_OFFSET_MS, formatInstant, localDateOf } from '../util/dates.js';
import type { DossierContext, DossierHandover } from './context.js';
import type { DossierStateName } from './table.js';

/**
 * The control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 03/2025 Form 06): one row
 * per hand-over, with the agency giving and the one receiving, when, and whether the hand-over was
 * early, on time or late (trước hạn / đúng hạn / quá hạn).
 */

export type Timeliness = 'early' | 'on-time' | 'late';

/** One row of the control sheet. */
export interface ControlSheetRow {
  readonly from: string;
  readonly to: string;
  readonly at: number;
  /** The date of the hand-over against the date of the due date in force at that moment. */
  readonly status: Timeliness;
  /** The due date the row was measured against (for the transfer: the 15:00-rule transfer instant). */
  readonly dueAt: number;
  readonly event: DossierHandover['event'];
  readonly by?: string;
  readonly note: string;
}

/** Early, on time or late, by date in Asia/Ho_Chi_Minh (law.md §4.4: the dates are compared, not the hours). */
export function timeliness(at: number, due: number): Timeliness {
  const a = localDay(at);
  const d = localDay(due);
  return a < d ? 'early' : a === d ? 'on-time' : 'late';
}

const NOTES: Record<DossierHandover['event'], Record<Lang, string>> = {
  TRANSFER: { vi: 'Chuyển hồ sơ đến cơ quan có thẩm quyền', en: 'Transfer to the competent agency' },
  HANDOVER: { vi: 'Chuyển bước xử lý', en: 'Hand-over' },
  RESOLVE: { vi: 'Trả kết quả giải quyết về Bộ phận Một cửa', en: 'Result returned to the one-stop' },
  REJECT: { vi: 'Thông báo hồ sơ không đủ điều kiện giải quyết', en: 'Notice that the dossier does not qualify' },
};

function autoNote(c: DossierContext, h: DossierHandover, lang: Lang): string {
  const parts = [NOTES[h.event][lang]];
  if (h.event === 'TRANSFER' && c.paper && c.receivedAt !== null && h.dueAt > c.receivedAt) {
    const local = c.receivedAt + VN_OFFSET_MS - Math.floor((c.receivedAt + VN_OFFSET_MS) / DAY_MS) * DAY_MS;
    if (local >= timeMs(c.transferCutoff)) {
      parts.push(
        lang === 'vi'
          ? `tiếp nhận hồ sơ giấy sau ${c.transferCutoff} nên chuyển vào đầu ngày làm việc tiếp theo (${localDateOf(h.dueAt)})`
          : `paper dossier received at or after ${c.transferCutoff}: transferred at the start of the next working day (${localDateOf(h.dueAt)})`,
      );
    }
  }
  if (h.event !== 'TRANSFER' && c.apology !== null && c.apology.at <= h.at) {
    parts.push(lang === 'vi' ? `đã xin lỗi và hẹn lại ngày ${formatInstant(c.apology.newDueAt)}` : `apologised, re-appointed to ${formatInstant(c.apology.newDueAt)}`);
  }
  if (h.note !== undefined) parts.push(h.note);
  return parts.join('; ');
}

/** The rows of the control sheet of a dossier, in order, from the hand-overs of its history. */
export function controlSheet(state: { readonly value: DossierStateName; readonly context: DossierContext }, options: { readonly lang?: Lang } = {}): ControlSheetRow[] {
  const lang = options.lang ?? 'en';
  return state.context.handovers.map((h) => ({
    from: h.from,
    to: h.to,
    at: h.at,
    status: timeliness(h.at, h.dueAt),
    dueAt: h.dueAt,
    event: h.event,
    ...(h.by === undefined ? {} : { by: h.by }),
    note: autoNote(state.context, h, lang),
  }));
}
