import { z } from 'zod';
import { ComponentFormSchema } from '../model/procedure.js';
import { ChannelSchema } from '../model/jurisdiction.js';

/**
 * A dossier application as a one-stop receives it (MISSION §5): which procedure, where, how, when,
 * who applies (the facts eligibility conditions read) and what was handed in.
 */
export const ApplicationSchema = z
  .strictObject({
    procedureCode: z.string().min(1).meta({ description: 'National code, id or name of the procedure.' }),
    receivingUnitId: z.string().min(1).meta({ description: 'The unit that receives (id, name or alias).' }),
    channel: ChannelSchema,
    submittedAt: z.string().min(1).meta({ description: 'ISO 8601 instant (without offset: Asia/Ho_Chi_Minh).' }),
    area: z.string().min(1).optional().meta({ description: "The dossier's area (commune), for procedures every People's Committee of a level performs; default: the applicant's `area`, else the receiving unit's." }),
    applicant: z
      .looseObject({
        type: z.enum(['citizen', 'organisation']),
        name: z.string().optional(),
        address: z.string().optional(),
        phone: z.string().optional(),
        email: z.string().optional(),
      })
      .meta({ description: 'Facts about the applicant that eligibility conditions read (type, and whatever the procedure names).' }),
    components: z.array(
      z.strictObject({
        code: z.string().min(1),
        form: ComponentFormSchema,
        quantity: z.number().int().min(1).default(1),
      }),
    ),
    feePaid: z.boolean().optional().meta({ description: 'Whether the fees due were paid; absent: collected at the counter.' }),
  })
  .meta({ id: 'Application' });
export type Application = z.input<typeof ApplicationSchema>;
export type CheckedApplication = z.output<typeof ApplicationSchema>;
