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

const TOP_KEYS = new Set(['procedureCode', 'receivingUnitId', 'channel', 'submittedAt', 'area', 'applicant', 'components', 'feePaid']);
const APPLICANT_TEXT = ['name', 'address', 'phone', 'email'] as const;
const CHANNELS: readonly unknown[] = ChannelSchema.options;
const FORMS: readonly unknown[] = ComponentFormSchema.options;
const text = (v: unknown) => typeof v === 'string' && v.length > 0;

/**
 * The application as {@link ApplicationSchema} would output it, when it is well formed; `undefined`
 * otherwise (then parse it with the schema to learn why). Validating tens of thousands of
 * applications a second, the schema's general machinery is the larger part of the cost; this check
 * accepts exactly what the schema accepts (a property test holds the two together).
 */
export function readWellFormed(input: unknown): CheckedApplication | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const a = input as Record<string, unknown>;
  for (const key in a) if (!TOP_KEYS.has(key)) return undefined;
  if (!text(a.procedureCode) || !text(a.receivingUnitId) || !CHANNELS.includes(a.channel) || !text(a.submittedAt)) return undefined;
  if (a.area !== undefined && !text(a.area)) return undefined;
  if (a.feePaid !== undefined && typeof a.feePaid !== 'boolean') return undefined;
  const applicant = a.applicant as Record<string, unknown> | undefined;
  if (typeof applicant !== 'object' || applicant === null || Array.isArray(applicant)) return undefined;
  if (applicant.type !== 'citizen' && applicant.type !== 'organisation') return undefined;
  for (const key of APPLICANT_TEXT) if (applicant[key] !== undefined && typeof applicant[key] !== 'string') return undefined;
  if (!Array.isArray(a.components)) return undefined;
  let defaults = false;
  for (const c of a.components as unknown[]) {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return undefined;
    const component = c as Record<string, unknown>;
    for (const key in component) if (key !== 'code' && key !== 'form' && key !== 'quantity') return undefined;
    if (!text(component.code) || !FORMS.includes(component.form)) return undefined;
    if (component.quantity === undefined) defaults = true;
    else if (!Number.isSafeInteger(component.quantity) || (component.quantity as number) < 1) return undefined;
  }
  const components = defaults ? (a.components as Record<string, unknown>[]).map((c) => ({ ...c, quantity: c.quantity ?? 1 })) : a.components;
  return { ...a, components } as CheckedApplication;
}
