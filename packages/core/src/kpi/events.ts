import { MotcuaError } from '../errors.js';
import type { Channel } from '../model/jurisdiction.js';
import type { DossierRecord, DossierStatus } from './record.js';

/**
 * The events of a dossier's history that the KPI figures depend on, instants as epoch
 * milliseconds. A host that keeps its own workflow maps its events onto these; the dossier's
 * record is the fold of its events.
 */
export type DossierEventInput =
  | {
      readonly type: 'received';
      readonly id: string;
      readonly at: number;
      readonly procedureCode: string;
      readonly agencyId: string;
      readonly receivingUnitId: string;
      readonly channel: Channel;
      readonly dueAt: number;
      /** 2 by default; 1 for an online submission not yet received, 3 for a refusal at intake. */
      readonly status?: 1 | 2 | 3;
      readonly feeRequired?: boolean;
      readonly digitized?: boolean;
    }
  | { readonly type: 'status'; readonly id: string; readonly at: number; readonly status: DossierStatus }
  | { readonly type: 'reappointed'; readonly id: string; readonly at: number; readonly dueAt: number }
  | { readonly type: 'digitized'; readonly id: string; readonly at: number }
  | { readonly type: 'paid'; readonly id: string; readonly at: number; readonly online: boolean };

/**
 * The record after one more event. A status of 9 sets the resolution instant, 10 the return (and
 * the resolution if there was none), 3 and 7 the closing instant; a move back to an open status
 * (a dossier re-opened) clears them.
 */
export function applyEvent(record: DossierRecord | undefined, event: DossierEventInput): DossierRecord {
  if (event.type === 'received') {
    return {
      id: event.id,
      procedureCode: event.procedureCode,
      agencyId: event.agencyId,
      receivingUnitId: event.receivingUnitId,
      channel: event.channel,
      receivedAt: event.at,
      dueAt: event.dueAt,
      status: event.status ?? 2,
      resolvedAt: event.status === 3 ? event.at : undefined,
      digitized: event.digitized ?? false,
      feeRequired: event.feeRequired ?? false,
      paidOnline: false,
    };
  }
  if (!record) throw new MotcuaError('INVALID_ARGUMENT', { detail: `event "${event.type}" for dossier ${event.id} before its "received" event` });
  switch (event.type) {
    case 'status': {
      const s = event.status;
      if (s === 9) return { ...record, status: s, resolvedAt: event.at, returnedAt: undefined };
      if (s === 10) return { ...record, status: s, resolvedAt: record.resolvedAt ?? event.at, returnedAt: event.at };
      if (s === 3 || s === 7) return { ...record, status: s, resolvedAt: event.at, returnedAt: undefined };
      return { ...record, status: s, resolvedAt: undefined, returnedAt: undefined };
    }
    case 'reappointed':
      return { ...record, revisedDueAt: event.dueAt };
    case 'digitized':
      return { ...record, digitized: true };
    case 'paid':
      return { ...record, feeRequired: true, paidOnline: event.online };
  }
}

/** Folds a history (events in order) into the current record of each dossier. */
export function recordsFromEvents(events: Iterable<DossierEventInput>): DossierRecord[] {
  const records = new Map<string, DossierRecord>();
  for (const e of events) records.set(e.id, applyEvent(records.get(e.id), e));
  return [...records.values()];
}
