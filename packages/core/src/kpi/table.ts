import { FLAG_DIGITIZED, FLAG_FEE_REQUIRED, FLAG_PAID_ONLINE, closingDay } from './buckets.js';
import { type DossierRecord, localDay } from './record.js';

/** A column of strings stored as indices into a dictionary of the distinct values. */
export interface DictionaryColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/**
 * Dossier records in columns of typed arrays, the form the batch aggregation reads: one local day
 * number per date, the status, the channel, three flags, and the grouping keys as dictionary codes.
 * Built once; any number of periods and groupings can then be aggregated from it.
 */
export interface RecordTable {
  readonly length: number;
  readonly received: Int32Array;
  readonly due: Int32Array;
  /** The re-appointed day, or the due day when there was none. */
  readonly revised: Int32Array;
  /** See `closingDay`. */
  readonly closed: Int32Array;
  readonly status: Uint8Array;
  /** 1 for online, 0 for direct or postal. */
  readonly online: Uint8Array;
  readonly flags: Uint8Array;
  readonly unit: DictionaryColumn;
  readonly agency: DictionaryColumn;
  readonly procedure: DictionaryColumn;
}

class DictionaryBuilder {
  readonly codes: Int32Array;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(length: number) {
    this.codes = new Int32Array(length);
  }
  set(i: number, value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    this.codes[i] = code;
  }
}

/** Lays records out in columns. */
export function createRecordTable(records: readonly DossierRecord[]): RecordTable {
  const n = records.length;
  const table = {
    length: n,
    received: new Int32Array(n),
    due: new Int32Array(n),
    revised: new Int32Array(n),
    closed: new Int32Array(n),
    status: new Uint8Array(n),
    online: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
  const unit = new DictionaryBuilder(n);
  const agency = new DictionaryBuilder(n);
  const procedure = new DictionaryBuilder(n);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const columns = recordColumns(r);
    table.received[i] = columns.received;
    table.due[i] = columns.due;
    table.revised[i] = columns.revised;
    table.closed[i] = columns.closed;
    table.status[i] = r.status;
    table.online[i] = r.channel === 'online' ? 1 : 0;
    table.flags[i] = columns.flags;
    unit.set(i, r.receivingUnitId);
    agency.set(i, r.agencyId);
    procedure.set(i, r.procedureCode);
  }
  return { ...table, unit, agency, procedure };
}

/** The day numbers and flags of one record, as the table stores them. */
export function recordColumns(r: DossierRecord): { received: number; due: number; revised: number; closed: number; flags: number } {
  const received = localDay(r.receivedAt);
  const due = localDay(r.dueAt);
  return {
    received,
    due,
    revised: r.revisedDueAt === undefined ? due : localDay(r.revisedDueAt),
    closed: closingDay(r.status, received, r.resolvedAt === undefined ? undefined : localDay(r.resolvedAt), r.returnedAt === undefined ? undefined : localDay(r.returnedAt)),
    flags: (r.digitized ? FLAG_DIGITIZED : 0) | (r.feeRequired ? FLAG_FEE_REQUIRED : 0) | (r.paidOnline ? FLAG_PAID_ONLINE : 0),
  };
}
