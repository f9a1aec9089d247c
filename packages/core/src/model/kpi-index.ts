import { z } from 'zod';
import { CitationsSchema, ConfidenceSchema, IdSchema, IsoDateSchema, TextSchema } from './common.js';

/**
 * A scoring index such as the Decision 766 set, as versioned pack data: groups, sub-indicators,
 * maxima, targets and the score conversion. The SDK owns the measures (pure functions over dossier
 * records); the pack says which measure feeds which indicator, and an indicator without a measure
 * is reported as not computable rather than as zero.
 */

/** Measures the SDK computes from dossier records (see `docs/kpi.md`). */
export const KPI_MEASURES = ['progress', 'average-resolution-days', 'online-share', 'digitized-share', 'paid-online-share'] as const;
export const KpiMeasureSchema = z.enum(KPI_MEASURES);
export type KpiMeasure = z.infer<typeof KpiMeasureSchema>;

/**
 * How a ratio R becomes points: `proportional-to-target` gives the maximum when R ≥ target and
 * max × R / target below it; `proportional` gives max × R; `monitoring` gives no points (reported only).
 */
export const ScoreRuleSchema = z.enum(['proportional-to-target', 'proportional', 'monitoring']);
export type ScoreRule = z.infer<typeof ScoreRuleSchema>;

export const KpiIndicatorSchema = z
  .strictObject({
    id: z.string().regex(/^[0-9]+(?:\.[0-9a-z]+)*$/).meta({ description: 'Number in the source, e.g. "2.1".' }),
    name: TextSchema,
    max: z.number().min(0).meta({ description: 'Points at most.' }),
    target: z.number().gt(0).max(1).optional().meta({ description: 'Target ratio in (0, 1], for proportional-to-target.' }),
    score: ScoreRuleSchema,
    measure: KpiMeasureSchema.optional().meta({ description: 'The SDK measure that computes it; absent: not computable from dossier records.' }),
    numerator: TextSchema,
    denominator: TextSchema,
    citation: CitationsSchema,
    confidence: ConfidenceSchema.optional(),
    note: TextSchema.optional(),
  })
  .meta({ id: 'KpiIndicator' });
export type KpiIndicator = z.infer<typeof KpiIndicatorSchema>;

export const KpiGroupSchema = z
  .strictObject({
    id: z.string().regex(/^[0-9]+$/),
    name: TextSchema,
    max: z.number().min(0),
    citation: CitationsSchema,
    indicators: z.array(KpiIndicatorSchema).min(1),
  })
  .meta({ id: 'KpiGroup' });
export type KpiGroup = z.infer<typeof KpiGroupSchema>;

export const KpiIndexSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Id of this version, e.g. "qd-766-2022".' }),
    index: z.string().min(1).meta({ description: 'What `--index` names, e.g. "766"; versions share it.' }),
    name: TextSchema,
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.optional(),
    total: z.number().positive().meta({ description: 'Points of the whole index (100 for Decision 766).' }),
    citation: CitationsSchema,
    groups: z.array(KpiGroupSchema).min(1),
    note: TextSchema.optional(),
  })
  .meta({ id: 'KpiIndex' });
export type KpiIndex = z.infer<typeof KpiIndexSchema>;
