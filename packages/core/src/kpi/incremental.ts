import { WIDTH, addRecord } from './buckets.js';
import { type KpiQuery, type KpiReport, groupKey, periodDays, reportOf } from './aggregate.js';
import { type DossierEventInput, applyEvent } from './events.js';
import type { DossierRecord } from './record.js';
import { recordColumns } from './table.js';

/**
 * The figures of one period kept current dossier by dossier: each change removes the dossier's old
 * contribution and adds its new one, with the same classification as the batch aggregation, so at
 * any moment {@link KpiTracker.report} equals `aggregate` over the current records.
 */
export interface KpiTracker {
  /** Puts a dossier's current record (a new dossier, or a newer state of a known one). */
  upsert(record: DossierRecord): void;
  /** Removes a dossier (e.g. a record entered in error). */
  remove(id: string): void;
  /** Applies one event of a dossier's history (see `DossierEventInput`). */
  apply(event: DossierEventInput): void;
  /** The current record of a dossier. */
  get(id: string): DossierRecord | undefined;
  readonly size: number;
  report(): KpiReport;
}

/** Starts tracking the figures of one period and grouping. */
export function createKpiTracker(query: KpiQuery): KpiTracker {
  const by = query.by ?? 'none';
  const { from, to } = periodDays(query.from, query.to);
  const records = new Map<string, DossierRecord>();
  const keys: string[] = [];
  const slots = new Map<string, number>();
  let counters = new Float64Array(16 * WIDTH);

  const slotOf = (r: DossierRecord) => {
    const key = groupKey(by, r.receivingUnitId, r.agencyId, r.procedureCode, query.branchOf);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = keys.length;
      keys.push(key);
      slots.set(key, slot);
      if ((slot + 1) * WIDTH > counters.length) {
        const grown = new Float64Array(counters.length * 2);
        grown.set(counters);
        counters = grown;
      }
    }
    return slot;
  };
  const contribute = (r: DossierRecord, sign: number) => {
    const c = recordColumns(r);
    // The slot first: finding it may grow (replace) the counters array.
    const base = slotOf(r) * WIDTH;
    addRecord(counters, base, c.received, c.due, c.revised, c.closed, r.status, r.channel === 'online', c.flags, from, to, sign);
  };

  const tracker: KpiTracker = {
    upsert(record) {
      const old = records.get(record.id);
      if (old) contribute(old, -1);
      records.set(record.id, record);
      contribute(record, 1);
    },
    remove(id) {
      const old = records.get(id);
      if (!old) return;
      contribute(old, -1);
      records.delete(id);
    },
    apply(event) {
      tracker.upsert(applyEvent(records.get(event.id), event));
    },
    get: (id) => records.get(id),
    get size() {
      return records.size;
    },
    report: () => reportOf(query, by, keys, counters.subarray(0, Math.max(keys.length, 1) * WIDTH)),
  };
  return tracker;
}
