import type { Lang, MessageParams } from '../codes.js';

/**
 * Why an application is refused or sent back for completion: a stable code, the outcome it leads
 * to, and the words for the slip in Vietnamese and English. The citation of each reason depends on
 * the data (the procedure version, the component, the jurisdiction row) and is attached when the
 * reason is given.
 */
export const INTAKE_REASONS = {
  'procedure-not-in-force': {
    outcome: 'refuse',
    vi: (p) => `Thủ tục "${p.procedure}" không có hiệu lực vào ngày ${p.date}.`,
    en: (p) => `Procedure "${p.procedure}" is not in force on ${p.date}.`,
  },
  'channel-not-offered': {
    outcome: 'refuse',
    vi: (p) => `Thủ tục "${p.procedure}" không tiếp nhận qua hình thức ${p.channel}.`,
    en: (p) => `Procedure "${p.procedure}" is not received through the ${p.channel} channel.`,
  },
  'not-competent': {
    outcome: 'refuse',
    vi: (p) => `${p.unit} không được tiếp nhận hồ sơ thủ tục này vào ngày ${p.date} qua hình thức ${p.channel}.${p.receivers ? ` Nơi tiếp nhận: ${p.receivers}.` : ''}`,
    en: (p) => `${p.unit} may not receive dossiers of this procedure on ${p.date} through the ${p.channel} channel.${p.receivers ? ` Received at: ${p.receivers}.` : ''}`,
  },
  'not-eligible': {
    outcome: 'refuse',
    vi: (p) => `Không đủ điều kiện: ${p.reason}`,
    en: (p) => `Not eligible: ${p.reason}`,
  },
  'eligibility-facts-missing': {
    outcome: 'supplement',
    vi: (p) => `Cần thông tin để xét điều kiện "${p.rule}": ${p.facts}.`,
    en: (p) => `Information needed to check condition "${p.rule}": ${p.facts}.`,
  },
  'missing-component': {
    outcome: 'supplement',
    vi: (p) => `Thiếu thành phần hồ sơ: ${p.component}.`,
    en: (p) => `Missing component: ${p.component}.`,
  },
  'insufficient-form': {
    outcome: 'supplement',
    vi: (p) => `Thành phần "${p.component}" nộp ở dạng ${p.given}; cần ${p.accepted}.`,
    en: (p) => `Component "${p.component}" was given as ${p.given}; it must be ${p.accepted}.`,
  },
  'insufficient-quantity': {
    outcome: 'supplement',
    vi: (p) => `Thành phần "${p.component}" cần ${p.quantity} bản, mới nộp ${p.given}.`,
    en: (p) => `Component "${p.component}" needs ${p.quantity} copies; ${p.given} given.`,
  },
  'fee-unpaid': {
    outcome: 'supplement',
    vi: (p) => `Chưa nộp phí, lệ phí: ${p.amount} đồng.`,
    en: (p) => `Fees and charges not paid: VND ${p.amount}.`,
  },
} as const satisfies Record<string, { outcome: 'refuse' | 'supplement'; vi: (p: MessageParams) => string; en: (p: MessageParams) => string }>;

export type IntakeReasonCode = keyof typeof INTAKE_REASONS;

/** The words of a component form, for slips. */
export const FORM_WORDS = {
  original: { vi: 'bản chính', en: 'original' },
  'certified-copy': { vi: 'bản sao chứng thực', en: 'certified copy' },
  copy: { vi: 'bản chụp', en: 'copy' },
} as const;

/** The words of a channel, for slips. */
export const CHANNEL_WORDS = {
  direct: { vi: 'trực tiếp', en: 'in person' },
  online: { vi: 'trực tuyến', en: 'online' },
  postal: { vi: 'bưu chính', en: 'postal' },
} as const;

/** A reason's message in `lang`. */
export function reasonMessage(code: IntakeReasonCode, params: MessageParams, lang: Lang): string {
  return INTAKE_REASONS[code][lang](params);
}
