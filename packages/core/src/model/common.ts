import { z } from 'zod';
import { isIsoDate } from '../util/dates.js';

/**
 * Building blocks shared by every row of a rule pack. A custom check says what it expects through
 * `params.expected`, which the loader turns into a message in the integrator's language.
 */

/** A stable ASCII kebab-case identifier, e.g. `cn-tay-ho`. */
export const IdSchema = z
  .string()
  .refine((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), { params: { expected: 'id' } })
  .meta({ description: 'Stable ASCII kebab-case identifier, e.g. "cn-tay-ho".', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });

/** A calendar date `YYYY-MM-DD` (Asia/Ho_Chi_Minh). */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { params: { expected: 'date' } })
  .meta({ description: 'Calendar date YYYY-MM-DD, read in Asia/Ho_Chi_Minh.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** Text in Vietnamese only, or in both languages. */
export const TextSchema = z.union([z.string(), z.strictObject({ vi: z.string(), en: z.string() })]);
export type Text = z.infer<typeof TextSchema>;

/** The legal basis of a row or value: a document declared under `documents:` and where in it. */
export const CitationSchema = z
  .strictObject({
    doc: z.string().min(1).meta({ description: 'Code of a document declared under "documents:", e.g. "29/KH-UBND".' }),
    ref: z.string().min(1).meta({ description: 'Article, section or page, e.g. "II.2.1.2".' }),
    note: z.string().optional(),
  })
  .meta({ id: 'Citation', description: 'Legal basis: {doc, ref, note?}.' });
export type Citation = z.infer<typeof CitationSchema>;

/** One citation, or several. */
export const CitationsSchema = z.union([CitationSchema, z.array(CitationSchema).min(1)]);
export type Citations = z.infer<typeof CitationsSchema>;

/** How well a fact is established in the sources (see shared/domain). */
export const ConfidenceSchema = z.enum(['confirmed', 'secondary', 'unconfirmed']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * A value that changes over time, OpenFisca style: either a plain value, or `values:` keyed by the
 * ISO date from which each value holds (until the next key). `value: null` ends the value.
 */
export function datedSchema<T extends z.ZodType>(inner: T) {
  return z.union([
    inner,
    z.strictObject({
      values: z.record(
        z.string().refine(isIsoDate, { params: { expected: 'date' } }),
        z.strictObject({ value: inner.nullable(), citation: CitationsSchema.optional(), note: z.string().optional() }),
      ),
    }),
  ]);
}

/** The history form of a dated value: `values:` keyed by start date. */
export interface History<T> {
  values: Record<string, { value: T | null; citation?: Citations | undefined; note?: string | undefined }>;
}

/** A value, or its history keyed by start date. */
export type Dated<T> = T | History<T>;

/** Fields every row of a pack carries: identity, names, validity and legal basis. */
export const rowFields = {
  id: IdSchema,
  name: datedSchema(z.string().min(1)),
  aliases: z.array(z.string().min(1)).optional(),
  validFrom: IsoDateSchema.meta({ description: 'First day in force (inclusive).' }),
  validTo: IsoDateSchema.optional().meta({ description: 'Last day in force (inclusive); absent while in force.' }),
  citation: CitationsSchema,
  confidence: ConfidenceSchema.optional(),
  notes: TextSchema.optional(),
  register: z.array(z.string()).optional().meta({ description: 'Ids of register entries that decided something about this row.' }),
};
