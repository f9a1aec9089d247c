import type { Channel } from '../model/jurisdiction.js';
import type { Procedure, ProcedureVersion } from '../model/procedure.js';
import type { RouteQuery } from '../jurisdiction/router.js';
import type { Facts } from '../jurisdiction/conditions.js';
import type { IsoDate } from '../util/dates.js';

const factsOf = new WeakMap<ProcedureVersion, Facts>();

/**
 * The jurisdiction question for a dossier of a procedure: by its competent agency, or — for a
 * procedure every People's Committee of a level performs — by level and the dossier's area; with
 * the procedure's own facts, which rows may read (`procedureBoundaryFree`, `procedureCode`, `procedure`).
 */
export function procedureQuery(procedure: Procedure, version: ProcedureVersion, query: { at: IsoDate; channel: Channel; area?: string | undefined }): RouteQuery {
  // One facts object per version: the router inspects a facts object once and remembers it.
  let facts = factsOf.get(version);
  if (!facts) factsOf.set(version, (facts = Object.freeze({ procedureBoundaryFree: version.boundaryFree, procedureCode: procedure.code, procedure: procedure.id })));
  const { at, channel, area } = query;
  return procedure.agency ? { at, channel, agency: procedure.agency, facts } : { at, channel, level: procedure.level, ...(area ? { area } : {}), facts };
}
