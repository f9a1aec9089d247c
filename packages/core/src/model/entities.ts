import { z } from 'zod';
import type { Calendar, CalendarDay, HolidayRule, LunarYear } from './calendar.js';
import type { JurisdictionCase, JurisdictionRow } from './jurisdiction.js';
import type { KpiIndex } from './kpi-index.js';
import type { Procedure } from './procedure.js';
import { CitationSchema, CitationsSchema, ConfidenceSchema, IdSchema, IsoDateSchema, TextSchema, datedSchema, rowFields } from './common.js';

/** Kinds of places and bodies that receive dossiers. */
export const UnitKindSchema = z.enum([
  'center',
  'branch',
  'head-office',
  'reception-point',
  'department-desk',
  'district-desk',
  'commune-centre',
  'online-portal',
]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** A receiving unit: the Center, a branch, one of its sites, a desk or a commune-level centre. */
export const UnitSchema = z
  .strictObject({
    ...rowFields,
    kind: UnitKindSchema,
    parent: IdSchema.optional().meta({ description: 'Unit this one belongs to (a site → its branch, a branch → the Center).' }),
    predecessors: z.array(IdSchema).optional().meta({ description: 'Units this one took over from.' }),
    agency: IdSchema.optional().meta({ description: 'Agency whose desk this is (desks, commune centres).' }),
    area: IdSchema.optional().meta({ description: 'Area where the unit sits.' }),
    areas: datedSchema(z.array(IdSchema)).optional().meta({ description: 'Areas this unit is the home unit for (branches).' }),
    headOffice: IdSchema.optional().meta({ description: 'The site that is the head office (branches).' }),
    address: z.string().optional(),
    number: z.number().int().positive().optional().meta({ description: 'Official number, e.g. 7 for "Chi nhánh số 7".' }),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof UnitSchema>;

/** Kinds of competent agencies. */
export const AgencyKindSchema = z.enum([
  'department',
  'board',
  'office',
  'inspectorate',
  'land-registration',
  'land-registration-branch',
  'city-pc',
  'district-pc',
  'commune-pc',
]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

/** Government levels whose procedures a dossier may belong to. */
export const LevelSchema = z.enum(['city', 'district', 'commune']);
export type Level = z.infer<typeof LevelSchema>;

/** A competent agency: a city department or board, a land-registration office, a People's Committee. */
export const AgencySchema = z
  .strictObject({
    ...rowFields,
    kind: AgencyKindSchema,
    level: LevelSchema,
    parent: IdSchema.optional().meta({ description: 'Agency this one is part of (a land-registration branch → the office).' }),
    predecessors: z.array(IdSchema).optional().meta({ description: 'Agencies merged into or renamed to this one.' }),
    area: IdSchema.optional().meta({ description: 'Area governed (People\'s Committees) or served.' }),
  })
  .meta({ id: 'Agency' });
export type Agency = z.infer<typeof AgencySchema>;

/** Kinds of administrative areas. */
export const AreaKindSchema = z.enum(['city', 'urban-district', 'rural-district', 'town', 'ward', 'commune']);
export type AreaKind = z.infer<typeof AreaKindSchema>;

/** An administrative area: the city, a former district (until 30/06/2025) or a commune-level unit. */
export const AreaSchema = z
  .strictObject({
    ...rowFields,
    kind: AreaKindSchema,
    parent: IdSchema.optional(),
    predecessors: z.array(IdSchema).optional().meta({ description: 'Areas this one was formed from, wholly or in part.' }),
    gsoCode: z.string().refine((s) => /^\d{3,5}$/.test(s), { params: { expected: 'gso-code' } }).optional(),
  })
  .meta({ id: 'Area' });
export type Area = z.infer<typeof AreaSchema>;

/** A rollout phase of the plan, or an interim period the pack declares explicitly. */
export const PhaseSchema = z
  .strictObject({
    ...rowFields,
    kind: z.enum(['plan', 'interim']),
    description: TextSchema.optional(),
  })
  .meta({ id: 'Phase' });
export type Phase = z.infer<typeof PhaseSchema>;

/** The national one-stop legal regime in force: the decree and its form set. */
export const RegimeSchema = z
  .strictObject({
    ...rowFields,
    decrees: z.array(z.string().min(1)).min(1),
    forms: z.string().min(1).meta({ description: 'Circular that sets the forms (code of a declared document).' }),
    receipt: CitationSchema.optional().meta({ description: 'Where the regime says how dossiers are received and checked (cited by intake decisions).' }),
  })
  .meta({ id: 'Regime' });
export type Regime = z.infer<typeof RegimeSchema>;

/** A document that rows cite: the plan, a decree, a decision, a news report. */
export const DocumentSchema = z
  .strictObject({
    code: z.string().min(1).meta({ description: 'The code citations use, e.g. "29/KH-UBND".' }),
    title: z.string().min(1),
    issuer: z.string().optional(),
    date: IsoDateSchema.optional(),
    effective: IsoDateSchema.optional(),
    kind: z.enum(['law', 'decree', 'circular', 'decision', 'plan', 'resolution', 'notice', 'letter', 'report', 'news', 'dataset']).optional(),
    url: z.string().optional(),
    confidence: ConfidenceSchema,
    notes: TextSchema.optional(),
  })
  .meta({ id: 'Document' });
export type PackDocument = z.infer<typeof DocumentSchema>;

/** An entry of the register: something unclear or contradictory in the sources, and what the pack decided. */
export const RegisterEntrySchema = z
  .strictObject({
    id: z.string().refine((s) => /^[A-Z][A-Z0-9-]*$/.test(s), { params: { expected: 'register-id' } }),
    title: TextSchema,
    source: CitationsSchema.meta({ description: 'Where the problem is.' }),
    quote: z.string().optional().meta({ description: 'The words of the source, kept as they are.' }),
    issue: TextSchema,
    decision: TextSchema,
    reason: TextSchema,
    status: z.enum(['decided', 'open']),
    affects: z.array(IdSchema).optional(),
  })
  .meta({ id: 'RegisterEntry' });
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

/** The pack's own description (the `pack:` block, usually in `pack.yaml`). */
export const ManifestSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    version: z.string().min(1),
    formatVersion: z.literal(1),
    description: TextSchema.optional(),
    coverage: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema.optional() }).meta({
      description: 'Dates the pack answers for; queries outside are input errors.',
    }),
    citation: CitationsSchema.optional(),
  })
  .meta({ id: 'Manifest' });
export type Manifest = z.infer<typeof ManifestSchema>;

/** Everything a pack declares, merged across its files. */
export interface PackContent {
  readonly manifest: Manifest;
  readonly calendars: readonly Calendar[];
  readonly holidays: readonly HolidayRule[];
  readonly calendarDays: readonly CalendarDay[];
  readonly lunarYears: readonly LunarYear[];
  readonly jurisdiction: readonly JurisdictionRow[];
  readonly cases: readonly JurisdictionCase[];
  readonly kpiIndices: readonly KpiIndex[];
  readonly procedures: readonly Procedure[];
  readonly documents: readonly PackDocument[];
  readonly units: readonly Unit[];
  readonly agencies: readonly Agency[];
  readonly areas: readonly Area[];
  readonly phases: readonly Phase[];
  readonly regimes: readonly Regime[];
  readonly register: readonly RegisterEntry[];
}

