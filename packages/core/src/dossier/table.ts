import type { Text } from '../model/common.js';
import type { DossierStatus } from '../kpi/record.js';

/**
 * The dossier lifecycle as data: its states, each with the national status code it is reported
 * under, and the transition table (state × event → target, guard, effect). The pure reducer
 * ({@link dossierTransition}) and the xstate machine ({@link createDossierMachine}) both interpret
 * this one table, so they cannot drift apart.
 */

/** The states of a dossier. */
export const DOSSIER_STATES = [
  'submitted',
  'received',
  'refused-at-intake',
  'processing',
  'supplement-requested',
  'financial-obligation',
  'withdrawn',
  'stopped',
  'result-ready',
  'rejected-on-merits',
  'not-collected',
  'returned',
] as const;
export type DossierStateName = (typeof DOSSIER_STATES)[number];

/** The events that drive a dossier. */
export const DOSSIER_EVENTS = [
  'RECEIVE',
  'REFUSE',
  'DIGITIZE',
  'TRANSFER',
  'HANDOVER',
  'REQUEST_SUPPLEMENT',
  'SUPPLEMENT_RECEIVED',
  'REQUEST_PAYMENT',
  'PAYMENT_RECEIVED',
  'STOP',
  'RESUME',
  'WITHDRAW',
  'REJECT',
  'RESOLVE',
  'APOLOGIZE',
  'RETURN',
  'MARK_NOT_COLLECTED',
] as const;
export type DossierEventType = (typeof DOSSIER_EVENTS)[number];

/** Why the processing clock is stopped: the kind of a pause. */
export type PauseKind = 'supplement' | 'financial-obligation' | 'stopped';

/** What a state means: its national status code, whether it ends the dossier, and its basis. */
export interface DossierStateInfo {
  /** National status code 1–10 (law.md §2.4), the status the KPI engine and DVCQG read. */
  readonly status: DossierStatus;
  /** No event leaves a terminal state. */
  readonly terminal: boolean;
  /** Set for the states in which the processing clock is stopped, with the kind of the pause. */
  readonly pause?: PauseKind;
  readonly name: Text;
  readonly basis: string;
}

export const STATE_INFO: { readonly [S in DossierStateName]: DossierStateInfo } = {
  submitted: {
    status: 1,
    terminal: false,
    name: { vi: 'Mới đăng ký', en: 'Submitted, awaiting receipt' },
    basis: 'Decree 118/2025 Art. 15 (channels), Art. 17 cl. 2 (online receipt)',
  },
  received: {
    status: 2,
    terminal: false,
    name: { vi: 'Được tiếp nhận', en: 'Received at the one-stop, not yet transferred' },
    basis: 'Decree 118/2025 Art. 17; Circular 03/2025 Form 01 (receipt and appointment slip)',
  },
  'refused-at-intake': {
    status: 3,
    terminal: true,
    name: { vi: 'Không được tiếp nhận', en: 'Refused at intake' },
    basis: 'Decree 118/2025 Art. 17; Circular 03/2025 Form 03 (refusal slip)',
  },
  processing: {
    status: 4,
    terminal: false,
    name: { vi: 'Đang xử lý', en: 'In process at the competent agency' },
    basis: 'Decree 118/2025 Art. 18 (transfer), Art. 19; Circular 03/2025 Form 06 (control sheet)',
  },
  'supplement-requested': {
    status: 5,
    terminal: false,
    pause: 'supplement',
    name: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested during processing' },
    basis: 'Circular 03/2025 Form 02; clock per the procedure (law.md §4.3)',
  },
  'financial-obligation': {
    status: 6,
    terminal: false,
    pause: 'financial-obligation',
    name: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
    basis: 'Decree 118/2025 Art. 24; sectoral law (e.g. land) for the clock',
  },
  withdrawn: {
    status: 7,
    terminal: true,
    name: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn at the applicant\'s request' },
    basis: 'Decree 118/2025 Art. 21; Circular 03/2025 Art. 7 (stop notice), only before a result is issued',
  },
  stopped: {
    status: 8,
    terminal: false,
    pause: 'stopped',
    name: { vi: 'Dừng xử lý', en: 'Processing stopped' },
    basis: 'National status list (law.md §2.4): stopped, reported as paused',
  },
  'result-ready': {
    status: 9,
    terminal: false,
    name: { vi: 'Đã xử lý xong', en: 'Resolved, result ready for return' },
    basis: 'Decree 118/2025 Art. 19, Art. 22 (e-results)',
  },
  'rejected-on-merits': {
    status: 9,
    terminal: false,
    name: { vi: 'Đã xử lý xong (thông báo không đủ điều kiện)', en: 'Resolved with a refusal notice' },
    basis: 'Notice that the dossier does not qualify, with reasons (Hanoi QĐ 1594/QĐ-TTPVHCC step 3): the refusal is the result',
  },
  'not-collected': {
    status: 9,
    terminal: false,
    name: { vi: 'Đã xử lý xong, chưa đến nhận kết quả', en: 'Resolved, result not collected' },
    basis: 'No text (law.md §2.2 item 11): a sub-state of 9 after a retention period chosen by the host',
  },
  returned: {
    status: 10,
    terminal: true,
    name: { vi: 'Đã trả kết quả', en: 'Result returned' },
    basis: 'Decree 118/2025 Art. 22; the one-stop confirms the return',
  },
};

/** Named guards of the table (every row also requires the event not to go back in time). */
export type GuardName = 'apologyAllowed';

/** Named effects of the table: what a transition does to the context. */
export type EffectName =
  | 'receive'
  | 'refuse'
  | 'digitize'
  | 'transfer'
  | 'handover'
  | 'pause'
  | 'resume'
  | 'settlePayment'
  | 'withdraw'
  | 'apologize'
  | 'resolve'
  | 'reject'
  | 'return'
  | 'markNotCollected';

/** One row of the transition table. */
export interface TransitionRow {
  readonly from: DossierStateName;
  readonly event: DossierEventType;
  readonly to: DossierStateName;
  readonly guard?: GuardName;
  readonly effect: EffectName;
}

const row = (from: DossierStateName, event: DossierEventType, to: DossierStateName, effect: EffectName, guard?: GuardName): TransitionRow =>
  guard === undefined ? { from, event, to, effect } : { from, event, to, effect, guard };

/** The transition table. An event with no row for the current state is not allowed there. */
export const TRANSITIONS: readonly TransitionRow[] = [
  row('submitted', 'RECEIVE', 'received', 'receive'),
  row('submitted', 'REFUSE', 'refused-at-intake', 'refuse'),
  row('submitted', 'WITHDRAW', 'withdrawn', 'withdraw'),

  row('received', 'DIGITIZE', 'received', 'digitize'),
  row('received', 'TRANSFER', 'processing', 'transfer'),
  row('received', 'WITHDRAW', 'withdrawn', 'withdraw'),

  row('processing', 'DIGITIZE', 'processing', 'digitize'),
  row('processing', 'HANDOVER', 'processing', 'handover'),
  row('processing', 'REQUEST_SUPPLEMENT', 'supplement-requested', 'pause'),
  row('processing', 'REQUEST_PAYMENT', 'financial-obligation', 'pause'),
  row('processing', 'STOP', 'stopped', 'pause'),
  row('processing', 'APOLOGIZE', 'processing', 'apologize', 'apologyAllowed'),
  row('processing', 'RESOLVE', 'result-ready', 'resolve'),
  row('processing', 'REJECT', 'rejected-on-merits', 'reject'),
  row('processing', 'WITHDRAW', 'withdrawn', 'withdraw'),

  row('supplement-requested', 'SUPPLEMENT_RECEIVED', 'processing', 'resume'),
  row('supplement-requested', 'REJECT', 'rejected-on-merits', 'reject'),
  row('supplement-requested', 'WITHDRAW', 'withdrawn', 'withdraw'),

  row('financial-obligation', 'PAYMENT_RECEIVED', 'processing', 'settlePayment'),
  row('financial-obligation', 'WITHDRAW', 'withdrawn', 'withdraw'),

  row('stopped', 'RESUME', 'processing', 'resume'),
  row('stopped', 'WITHDRAW', 'withdrawn', 'withdraw'),

  row('result-ready', 'RETURN', 'returned', 'return'),
  row('result-ready', 'MARK_NOT_COLLECTED', 'not-collected', 'markNotCollected'),
  row('rejected-on-merits', 'RETURN', 'returned', 'return'),
  row('rejected-on-merits', 'MARK_NOT_COLLECTED', 'not-collected', 'markNotCollected'),
  row('not-collected', 'RETURN', 'returned', 'return'),
];

/** The rows by state and event, for the reducer's O(1) lookup. */
export const TRANSITION_INDEX: { readonly [S in DossierStateName]: Partial<Record<DossierEventType, TransitionRow>> } = (() => {
  const index = Object.fromEntries(DOSSIER_STATES.map((s) => [s, {}])) as Record<DossierStateName, Partial<Record<DossierEventType, TransitionRow>>>;
  for (const r of TRANSITIONS) index[r.from][r.event] = r;
  return index;
})();

/** The events allowed in a state by the table (before guards). */
export function eventsAllowedIn(state: DossierStateName): DossierEventType[] {
  return Object.keys(TRANSITION_INDEX[state]) as DossierEventType[];
}

/** Whether `value` names a state of the table. */
export function isDossierState(value: unknown): value is DossierStateName {
  return typeof value === 'string' && Object.hasOwn(STATE_INFO, value);
}
