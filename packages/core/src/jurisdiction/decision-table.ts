import type { Agency } from '../model/entities.js';
import { periodFinder } from './periods.js';

/** The fields of a route query that the table reads. */
interface Query {
  readonly at: string;
  readonly agency?: string | undefined;
  readonly level?: string | undefined;
  readonly area?: string | undefined;
  readonly channel: string;
}

/**
 * A query reduced to what decides which rows match it (but for their conditions) and which units
 * their selectors name: a day standing for its whole period, and the resolved agency, level, area
 * and channel, each `undefined` when the query has none or one that the pack never mentions (no
 * row, unit or agency can tell such a value from none at all).
 */
export interface DecisionKey {
  readonly day: number;
  readonly agency: string | undefined;
  readonly level: string | undefined;
  readonly area: string | undefined;
  readonly channel: string | undefined;
}

/** What the table must know of a pack. */
export interface DecisionSpace {
  /**
   * Every day on which a row, a unit or a branch's areas start, and every day after one ends:
   * between two of them, which rows are in force and which units each selector names stay the same.
   */
  readonly periodStarts: readonly number[];
  /** The agencies, whose level and area a query without its own takes. */
  readonly agencies: ReadonlyMap<string, Agency>;
  /** Every agency, level, area and channel that the pack's areas, rows, units or agencies mention. */
  readonly agencyIds: Iterable<string>;
  readonly levels: Iterable<string>;
  readonly areas: Iterable<string>;
  readonly channels: Iterable<string>;
}

/**
 * The key space is finite (periods × agencies × levels × areas × channels) but too large to keep
 * whole if queries wander over all of it: past this many decisions the table starts afresh.
 */
const MAX_DECISIONS = 200_000;

/**
 * `decide(key)` cached by the key of each query, which a few Map reads and some arithmetic give:
 * a kind of query seen before costs no resolving, no scan of the rows and no allocation.
 */
export function decisionTable<D>(space: DecisionSpace, decide: (key: DecisionKey) => D): (query: Query) => D {
  const starts = [...new Set(space.periodStarts)].sort((a, b) => a - b);
  const periodOf = periodFinder(starts);
  // A value's index is its place in these lists plus one; 0 stands for none or unknown. `indexOf`
  // finds one of the few levels and channels faster than a Map would.
  const levels = [...new Set(space.levels)];
  const channels = [...new Set(space.channels)];
  // The pack's own id strings first: a Map finds a key by identity faster than by its characters.
  const areaNames = [undefined, ...new Set(space.areas)];
  const agencyNames = [undefined, ...new Set([...space.agencies.keys(), ...space.agencyIds])];
  const levelNames = [undefined, ...levels];
  const channelNames = [undefined, ...channels];
  const areas = new Map(areaNames.map((a, i) => [a, i]));

  // An agency's index with the indices of its own level and area, for queries that give none.
  interface AgencyKey {
    readonly index: number;
    readonly level: number;
    readonly area: number;
  }
  const NO_AGENCY: AgencyKey = { index: 0, level: 0, area: 0 };
  const agencyKeys = new Map<string | undefined, AgencyKey>();
  agencyNames.forEach((id, index) => {
    const a = id === undefined ? undefined : space.agencies.get(id);
    if (index > 0) agencyKeys.set(id, { index, level: levels.indexOf(a?.level as string) + 1, area: areas.get(a?.area) ?? 0 });
  });

  const decisions = new Map<number, D>();
  const build = (key: number, period: number, agency: number, level: number, area: number, channel: number): D => {
    // Any day of a period stands for all of it; before the first start, nothing is in force.
    const day = period === 0 ? (starts[0] ?? 0) - 1 : starts[period - 1]!;
    const d = decide({ day, agency: agencyNames[agency], level: levelNames[level], area: areaNames[area], channel: channelNames[channel] });
    if (decisions.size >= MAX_DECISIONS) decisions.clear();
    decisions.set(key, d);
    return d;
  };

  return (query) => {
    const period = periodOf(query.at);
    // Resolved as the router resolves a query: its own level and area, else its agency's.
    const agency = agencyKeys.get(query.agency) ?? NO_AGENCY;
    const level = query.level == null ? agency.level : levels.indexOf(query.level) + 1;
    const area = query.area == null ? agency.area : (areas.get(query.area) ?? 0);
    const channel = channels.indexOf(query.channel) + 1;
    const key = (((period * agencyNames.length + agency.index) * levelNames.length + level) * areaNames.length + area) * channelNames.length + channel;
    return decisions.get(key) ?? build(key, period, agency.index, level, area, channel);
  };
}
