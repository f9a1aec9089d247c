import type { DossierRecord } from '../kpi/record.js';
import type { DossierContext } from './context.js';
import { type DossierStateName, STATE_INFO } from './table.js';

/**
 * The KPI record (packages/core/src/kpi/record.ts) of a dossier in its current state, so that the
 * KPI engine can be fed from machine states: the status is the state's national code; `dueAt` the
 * due date under the processing time (moved by pauses), `revisedDueAt` the apology's re-appointment;
 * `resolvedAt` the resolution (9, 10) or, for a refusal at intake (3) and a withdrawal (7), the
 * instant it closed. Before receipt (1) and for a refusal at intake (3), `receivedAt` and `dueAt` are
 * the submission instant, as records of those statuses carry no other.
 */
export function toDossierRecord(state: { readonly value: DossierStateName; readonly context: DossierContext }): DossierRecord {
  const c = state.context;
  const status = STATE_INFO[state.value].status;
  const receivedAt = c.receivedAt ?? c.submittedAt;
  const resolvedAt = status === 9 || status === 10 ? c.resolvedAt : status === 3 || status === 7 ? c.closedAt : null;
  return {
    id: c.id,
    procedureCode: c.procedureCode,
    agencyId: c.agencyId,
    receivingUnitId: c.receivingUnitId,
    channel: c.channel,
    receivedAt,
    dueAt: c.dueAt ?? receivedAt,
    ...(c.revisedDueAt === null ? {} : { revisedDueAt: c.revisedDueAt }),
    ...(resolvedAt === null ? {} : { resolvedAt }),
    ...(status === 10 && c.returnedAt !== null ? { returnedAt: c.returnedAt } : {}),
    status,
    digitized: c.digitizedAt !== null,
    feeRequired: c.feeRequired,
    paidOnline: c.paidOnline,
  };
}
