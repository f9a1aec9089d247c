import { z } from 'zod';
import { IdSchema, rowFields } from './common.js';
import { LevelSchema, UnitKindSchema } from './entities.js';

/** How a dossier reaches the one-stop: at a counter, online (DVCQG / the city portal), or by post (BCCI). */
export const ChannelSchema = z.enum(['direct', 'online', 'postal']);
export type Channel = z.infer<typeof ChannelSchema>;

/** On what basis a unit may receive a dossier. */
export const BasisSchema = z.enum(['assigned', 'home-branch', 'boundary-free', 'parallel-desk', 'own-desk', 'online']);
export type Basis = z.infer<typeof BasisSchema>;

/** A json-rules-engine condition (`all` / `any` / `not`, or `{fact, operator, value}`), checked by shape. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; operator: ConditionOperator; value: unknown; path?: string };

/** The operators of json-rules-engine that motcua compiles. */
export const CONDITION_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z
      .strictObject({ fact: z.string().min(1), operator: z.enum(CONDITION_OPERATORS), value: z.unknown(), path: z.string().optional() })
      // Only the forms motcua's compiled evaluator gives the same meaning as json-rules-engine:
      // `in`/`notIn` take a list, values are literals (no `{fact}` comparisons), paths are dotted keys.
      .refine((c) => (c.operator !== 'in' && c.operator !== 'notIn') || Array.isArray(c.value), { params: { expected: 'condition-list' }, path: ['value'] })
      .refine((c) => c.value === null || typeof c.value !== 'object' || Array.isArray(c.value), { params: { expected: 'condition-literal' }, path: ['value'] })
      .refine((c) => c.path === undefined || /^\$(\.[A-Za-z_][\w-]*)+$/.test(c.path), { params: { expected: 'condition-path' }, path: ['path'] }),
  ]),
).meta({ id: 'Condition', description: 'A json-rules-engine condition: {all: […]}, {any: […]}, {not: …} or {fact, operator, value, path?}.' }) as z.ZodType<Condition>;

/**
 * Which units a row designates: a named unit; every unit of a kind in force; the home branch of the
 * dossier's area (a branch whose dated `areas` include it); the desk of the competent agency; or
 * the unit of a kind that sits in the dossier's area (the commune centre of a commune).
 */
export const ReceiverSchema = z.union([
  z.strictObject({ unit: IdSchema }),
  z.strictObject({ unitKind: UnitKindSchema }),
  z.strictObject({ homeBranchOf: z.literal('area') }),
  z.strictObject({ deskOf: z.literal('agency') }),
  z.strictObject({ unitOfArea: UnitKindSchema }),
]);
export type Receiver = z.infer<typeof ReceiverSchema>;

/**
 * A jurisdiction row: which units may receive dossiers of which agencies, levels and areas, through
 * which channels, on what basis, when, and why. Agencies listed include their successors, so a row
 * written with the plan's department names keeps applying after the renamings. A `deny` row removes
 * the units it designates from what the `allow` rows grant (carve-outs).
 */
export const JurisdictionRowSchema = z
  .strictObject({
    ...rowFields,
    receiver: ReceiverSchema,
    basis: BasisSchema,
    effect: z.enum(['allow', 'deny']).optional(),
    agencies: z.array(IdSchema).optional().meta({ description: 'Competent agencies (and their successors); any agency when absent.' }),
    levels: z.array(LevelSchema).optional().meta({ description: 'Government levels; any level when absent.' }),
    areas: z.array(IdSchema).optional().meta({ description: 'Areas of the dossier; any area when absent.' }),
    channels: z.array(ChannelSchema).optional().meta({ description: 'Channels; all when absent.' }),
    conditions: ConditionSchema.optional().meta({ description: 'Extra conditions in json-rules-engine syntax over the query facts.' }),
  })
  .meta({ id: 'JurisdictionRow' });
export type JurisdictionRow = z.infer<typeof JurisdictionRowSchema>;

/** An expert test case: a query and the receivers it must, and must not, yield. */
export const JurisdictionCaseSchema = z
  .strictObject({
    name: z.string().min(1),
    query: z.strictObject({
      at: z.string().min(10),
      agency: z.string().optional(),
      level: LevelSchema.optional(),
      area: z.string().optional(),
      channel: ChannelSchema.optional(),
    }),
    expect: z.strictObject({
      receivers: z.array(IdSchema).optional().meta({ description: 'Exactly these units (in any order).' }),
      includes: z.array(IdSchema).optional(),
      excludes: z.array(IdSchema).optional(),
      count: z.number().int().min(0).optional(),
      phase: IdSchema.nullable().optional(),
    }),
    note: z.string().optional(),
  })
  .meta({ id: 'JurisdictionCase' });
export type JurisdictionCase = z.infer<typeof JurisdictionCaseSchema>;
