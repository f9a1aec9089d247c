import { KpiIndexSchema, ProcedureSchema, JurisdictionCaseSchema, JurisdictionRowSchema, CalendarDaySchema, CalendarSchema, HolidayRuleSchema, LunarYearSchema, AgencySchema, AreaSchema, DocumentSchema, ManifestSchema, PhaseSchema, RegimeSchema, RegisterEntrySchema, UnitSchema } from '@motcua/core';
import { z } from 'zod';

/**
 * The shape of one YAML file of a rule pack. A pack is a folder; each file holds one or more
 * sections, and the loader merges the sections of all files. By convention each file keeps to one
 * concern (`organisation/branches.yaml` holds `units:` of the branches, and so on).
 */
export const PackFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'JSON Schema for editors; ignored by the loader.' }),
    pack: ManifestSchema.optional(),
    documents: z.array(DocumentSchema).optional(),
    units: z.array(UnitSchema).optional(),
    agencies: z.array(AgencySchema).optional(),
    areas: z.array(AreaSchema).optional(),
    phases: z.array(PhaseSchema).optional(),
    regimes: z.array(RegimeSchema).optional(),
    register: z.array(RegisterEntrySchema).optional(),
    calendars: z.array(CalendarSchema).optional(),
    holidays: z.array(HolidayRuleSchema).optional(),
    calendarDays: z.array(CalendarDaySchema).optional(),
    lunarYears: z.array(LunarYearSchema).optional(),
    jurisdiction: z.array(JurisdictionRowSchema).optional(),
    cases: z.array(JurisdictionCaseSchema).optional(),
    kpiIndices: z.array(KpiIndexSchema).optional(),
    procedures: z.array(ProcedureSchema).optional(),
  })
  .meta({ id: 'MotcuaPackFile', title: 'motcua rule-pack file (format 1)' });

/** One parsed pack file. */
export type PackFile = z.infer<typeof PackFileSchema>;

/** The sections a pack file may hold, in the order the loader merges them. */
export const SECTIONS = ['documents', 'units', 'agencies', 'areas', 'phases', 'regimes', 'register', 'calendars', 'holidays', 'calendarDays', 'lunarYears', 'jurisdiction', 'cases', 'kpiIndices', 'procedures'] as const;
export type Section = (typeof SECTIONS)[number];
