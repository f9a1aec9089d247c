/**
 * The classification of one dossier for one reporting period (MISSION §6; report form II.06a), on
 * local day numbers. Batch aggregation and incremental tracking both call {@link addRecord}, so the
 * two cannot disagree on what a dossier counts as.
 */

/** Counter slots of one group, in this order, in a Float64Array of stride {@link WIDTH}. */
export const COUNTERS = [
  'received',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'late',
  'inProgressWithinTime',
  'inProgressOverdue',
  'paused',
  'refused',
  'withdrawn',
  'awaitingReceipt',
  'revisedEarly',
  'revisedOnTime',
  'revisedLate',
  'revisedInProgressWithinTime',
  'revisedInProgressOverdue',
  'digitized',
  'feeRequired',
  'paidOnline',
  'resolutionDays',
] as const;
export type Counter = (typeof COUNTERS)[number];
export const WIDTH = COUNTERS.length;

/** Closing day of a dossier that is not closed. */
export const NEVER = 0x7fffffff;

/** Bits of the `flags` column. */
export const FLAG_DIGITIZED = 1;
export const FLAG_FEE_REQUIRED = 2;
export const FLAG_PAID_ONLINE = 4;

/**
 * The day a dossier left the workload, from its status and dates: the resolution (or, failing it,
 * the return) for 9 and 10; for a refusal (3) or a withdrawal (7), `resolvedAt` when given, else
 * the day it was received (records carry no other closing date, see docs/kpi.md); never for the rest.
 */
export function closingDay(status: number, received: number, resolved: number | undefined, returned: number | undefined): number {
  if (status === 9 || status === 10) return resolved ?? returned ?? NEVER;
  if (status === 3 || status === 7) return resolved ?? received;
  return NEVER;
}

/**
 * Adds (`sign` 1) or removes (`sign` -1) one dossier's contribution to the counters at `base` for
 * the period [from, to] (inclusive local days). `due` is the original appointment day, `revised`
 * the re-appointed one (or `due`), `closed` from {@link closingDay}.
 */
export function addRecord(
  c: Float64Array,
  base: number,
  received: number,
  due: number,
  revised: number,
  closed: number,
  status: number,
  online: boolean,
  flags: number,
  from: number,
  to: number,
  sign: number,
): void {
  // Received after the period, or closed before it: not part of it.
  if (received > to || closed < from) return;
  if (status === 1) {
    c[base + 13]! += sign;
    return;
  }
  // A refused dossier was never received (Decree 61/2018 Art. 19): counted apart only.
  if (status === 3) {
    if (closed <= to) c[base + 11]! += sign;
    return;
  }
  if (received >= from) {
    c[base]! += sign;
    c[base + (online ? 1 : 2)]! += sign;
    if (flags & FLAG_DIGITIZED) c[base + 19]! += sign;
    if (flags & FLAG_FEE_REQUIRED) {
      c[base + 20]! += sign;
      // Paid online counts only where a fee was due, so the share stays within [0, 1].
      if (flags & FLAG_PAID_ONLINE) c[base + 21]! += sign;
    }
  } else c[base + 3]! += sign;

  if (closed <= to) {
    if (status === 7) {
      c[base + 12]! += sign;
      return;
    }
    c[base + 4]! += sign;
    c[base + 22]! += sign * (closed - received);
    c[base + (closed < due ? 5 : closed === due ? 6 : 7)]! += sign;
    c[base + (closed < revised ? 14 : closed === revised ? 15 : 16)]! += sign;
    return;
  }
  if (status === 5 || status === 6 || status === 8) {
    c[base + 10]! += sign;
    return;
  }
  // Overdue when the appointment date is before the period's last day (MISSION §6).
  c[base + (due < to ? 9 : 8)]! += sign;
  c[base + (revised < to ? 18 : 17)]! += sign;
}
