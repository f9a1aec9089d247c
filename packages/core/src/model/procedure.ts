import { z } from 'zod';
import { CitationsSchema, ConfidenceSchema, IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { LevelSchema } from './entities.js';
import { ChannelSchema, ConditionSchema } from './jurisdiction.js';

/**
 * The procedure catalogue as pack data (thủ tục hành chính): what a dossier must contain, who may
 * apply, what it costs and how long it takes. A procedure keeps its identity (id, national code)
 * while its content changes: each change is a dated version, and a dossier uses the version in
 * force on the day it is received.
 */

/** The form in which a component is accepted: original, certified copy, or plain copy. */
export const ComponentFormSchema = z.enum(['original', 'certified-copy', 'copy']);
export type ComponentForm = z.infer<typeof ComponentFormSchema>;

/** A processing time such as "5 working-days", "6 working-hours" or "15 calendar-days" (see `parseDuration`). */
export const DurationTextSchema = z
  .string()
  .refine((t) => /^\d+(\.\d+)? (working-days|working-hours|calendar-days)$/.test(t), { params: { expected: 'duration' } })
  .meta({ description: 'N working-days | working-hours | calendar-days, e.g. "5 working-days".' });

/** What happens to the processing clock while the dossier waits on the applicant. */
export const ClockPolicySchema = z.enum(['pause', 'restart', 'count']).meta({
  description: 'pause: the waiting time is not counted; restart: the full time runs again from the resumption; count: the clock keeps running.',
});
export type ClockPolicy = z.infer<typeof ClockPolicySchema>;

export const ProcedureComponentSchema = z
  .strictObject({
    code: IdSchema.meta({ description: 'Stable id of the component within the procedure, e.g. "to-khai".' }),
    name: TextSchema,
    required: z.boolean(),
    forms: z.array(ComponentFormSchema).min(1).meta({ description: 'Accepted forms; a stronger form (original > certified copy > copy) is always accepted.' }),
    quantity: z.number().int().min(1).default(1),
    when: ConditionSchema.optional().meta({ description: 'Required only when this condition over the applicant facts holds.' }),
    citation: CitationsSchema.optional(),
    note: TextSchema.optional(),
  })
  .meta({ id: 'ProcedureComponent' });
export type ProcedureComponent = z.infer<typeof ProcedureComponentSchema>;

export const EligibilityRuleSchema = z
  .strictObject({
    id: IdSchema,
    condition: ConditionSchema.meta({ description: 'Must hold over the applicant facts (json-rules-engine syntax).' }),
    reason: TextSchema.meta({ description: 'What the refusal says when it does not hold.' }),
    citation: CitationsSchema,
  })
  .meta({ id: 'EligibilityRule' });
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>;

export const FeeSchema = z
  .strictObject({
    name: TextSchema,
    kind: z.enum(['fee', 'charge']).meta({ description: 'fee: phí; charge: lệ phí.' }),
    amount: z.number().min(0).meta({ description: 'VND per dossier (or per unit given in `per`).' }),
    per: TextSchema.optional(),
    when: ConditionSchema.optional().meta({ description: 'Due only when this condition over the applicant facts holds.' }),
    citation: CitationsSchema,
  })
  .meta({ id: 'Fee' });
export type Fee = z.infer<typeof FeeSchema>;

/** One dated version of a procedure's content. */
export const ProcedureVersionSchema = z
  .strictObject({
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.optional(),
    processingTime: z
      .strictObject({ direct: DurationTextSchema, online: DurationTextSchema.optional(), postal: DurationTextSchema.optional() })
      .meta({ description: 'Per channel; online and postal default to direct.' }),
    channels: z.array(ChannelSchema).min(1).default(['direct', 'online', 'postal']).meta({ description: 'Channels through which the procedure can be submitted.' }),
    cutoff: z
      .string()
      .refine((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t), { params: { expected: 'time' } })
      .optional()
      .meta({ description: 'A receipt at or after this time counts from the next working session (e.g. "15:00").' }),
    components: z.array(ProcedureComponentSchema),
    eligibility: z.array(EligibilityRuleSchema).optional(),
    fees: z.array(FeeSchema).optional(),
    boundaryFree: z.boolean().meta({ description: 'Received regardless of administrative boundary within the city.' }),
    clock: z
      .strictObject({ supplement: ClockPolicySchema, financialObligation: ClockPolicySchema })
      .meta({ description: 'The clock while a supplement or a financial obligation is pending during processing.' }),
    citation: CitationsSchema,
    confidence: ConfidenceSchema.optional(),
    notes: TextSchema.optional(),
    register: z.array(z.string()).optional(),
  })
  .meta({ id: 'ProcedureVersion' });
export type ProcedureVersion = z.infer<typeof ProcedureVersionSchema>;

export const ProcedureSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Stable id, e.g. "khai-sinh" or "p-1-001193".' }),
    code: z
      .string()
      .refine((t) => /^\d\.\d{6}(\.[0-9A-Za-z.]+)?$/.test(t), { params: { expected: 'procedure-code' } })
      .optional()
      .meta({ description: 'National TTHC database code (e.g. "1.001193"), where known.' }),
    name: z.string().min(1).meta({ description: 'The name in the national TTHC database (Vietnamese).' }),
    aliases: z.array(z.string().min(1)).optional().meta({ description: 'Other names, e.g. in English or as commonly called.' }),
    agency: IdSchema.optional().meta({
      description:
        'The competent agency. Leave it out for a procedure that every People\'s Committee of its level performs (a commune-level procedure such as birth registration): the competent agency is then the one of the dossier\'s area.',
    }),
    level: LevelSchema,
    field: TextSchema.optional().meta({ description: 'Lĩnh vực, e.g. "Hộ tịch".' }),
    versions: z.array(ProcedureVersionSchema).min(1),
    citation: CitationsSchema,
    confidence: ConfidenceSchema.optional(),
    notes: TextSchema.optional(),
  })
  .meta({ id: 'Procedure' });
export type Procedure = z.infer<typeof ProcedureSchema>;
