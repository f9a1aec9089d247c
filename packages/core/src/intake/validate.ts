import type { Lang } from '../codes.js';
import { type Issue, type Result, createIssue, fail, ok } from '../issues.js';
import type { Citation, Citations } from '../model/common.js';
import type { PackContent, Regime, Unit } from '../model/entities.js';
import type { Condition } from '../model/jurisdiction.js';
import type { ComponentForm, Procedure, ProcedureVersion } from '../model/procedure.js';
import { calendarIdFor, compileCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { type Duration, dueInstant, parseDuration } from '../calendar/deadline.js';
import { compileCondition, factsOf } from '../jurisdiction/conditions.js';
import { type Router, compileJurisdiction } from '../jurisdiction/router.js';
import { type Organisation, createOrganisation, inForce, nameAt } from '../org/organisation.js';
import { type Catalogue, createCatalogue } from '../procedure/catalogue.js';
import { procedureQuery } from '../procedure/route-query.js';
import { DAY_MS, VN_OFFSET_MS, dayNumber, formatInstant, localDateOf, parseTimeInput } from '../util/dates.js';
import { type Application, ApplicationSchema, type CheckedApplication, readWellFormed } from './application.js';
import { CHANNEL_WORDS, FORM_WORDS, INTAKE_REASONS, type IntakeReasonCode, reasonMessage } from './reasons.js';

/** One reason for the outcome, with its legal basis. */
export interface IntakeReason {
  readonly code: IntakeReasonCode;
  readonly message: string;
  /** The main legal basis (the first of `citations`). */
  readonly citation: Citation | null;
  readonly citations: readonly Citation[];
  /** The component concerned, for supplement reasons. */
  readonly component?: string;
}

/** Which slip goes with the outcome: receipt and appointment (Mẫu 01), supplement request (Mẫu 02), refusal (Mẫu 03). */
export type SlipKind = 'receipt' | 'supplement-request' | 'refusal';

/** The data of the slip, ready to fill the form of the legal regime in force. */
export interface SlipData {
  readonly kind: SlipKind;
  /** The circular that sets the form, and the form's number and title in it. */
  readonly template: { readonly circular: string | null; readonly form: string; readonly title: string };
  readonly regime: { readonly id: string; readonly name: string } | null;
  readonly receivingUnit: { readonly id: string; readonly name: string };
  readonly procedure: { readonly id: string; readonly code: string | null; readonly name: string } | null;
  readonly applicant: { readonly type: string; readonly name: string | null; readonly address: string | null; readonly phone: string | null; readonly email: string | null };
  readonly channel: string;
  readonly submittedAt: string;
  /** What was handed in, with the components' names (receipt and supplement request). */
  readonly components: readonly { readonly code: string; readonly name: string; readonly form: string; readonly quantity: number }[];
  /** Receipt: the processing time, the appointment. */
  readonly processingTime?: string;
  readonly dueAt?: string;
  readonly dueDate?: string;
  /** Fees due; `total` sums the fixed amounts, those charged `per` page or item are listed only. */
  readonly fees?: { readonly items: readonly { readonly name: string; readonly kind: string; readonly amount: number; readonly per: string | null }[]; readonly total: number };
  /** Supplement request: what to add, with the forms and quantities required. */
  readonly items?: readonly { readonly code: string; readonly name: string; readonly forms: string; readonly quantity: number; readonly reason: string }[];
  /** Supplement request and refusal: the reasons in words. */
  readonly reasons?: readonly string[];
}

/** The answer to an application. */
export interface IntakeDecision {
  readonly outcome: 'accept' | 'supplement' | 'refuse';
  readonly reasons: readonly IntakeReason[];
  /** Codes of required components that are absent or insufficient. */
  readonly missing: readonly string[];
  readonly form: SlipData;
}

/** Validates applications against a pack; build it once, call `validate` per application. */
export interface Intake {
  readonly org: Organisation;
  readonly catalogue: Catalogue;
  validate(application: unknown, options?: { lang?: Lang }): Result<IntakeDecision>;
}

const STRENGTH: Record<ComponentForm, number> = { copy: 1, 'certified-copy': 2, original: 3 };
const SLIPS: Record<SlipKind, { form: string; title: { vi: string; en: string } }> = {
  receipt: { form: 'Mẫu 01', title: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt and appointment slip' } },
  'supplement-request': { form: 'Mẫu 02', title: { vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Request to supplement and complete the dossier' } },
  refusal: { form: 'Mẫu 03', title: { vi: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', en: 'Refusal to receive the dossier' } },
};

const list = (c: Citations | undefined): Citation[] => (c === undefined ? [] : Array.isArray(c) ? [...c] : [c]);
const text = (t: string | { vi: string; en: string }, lang: Lang) => (typeof t === 'string' ? t : t[lang]);

/** Builds the intake of a pack: its organisation, jurisdiction, catalogue and calendars. */
export function createIntake(content: PackContent, options: { org?: Organisation; router?: Router } = {}): Intake {
  const org = options.org ?? createOrganisation(content);
  const router = options.router ?? compileJurisdiction(content);
  const catalogue = createCatalogue(content.procedures);
  const calendars = new Map<string, WorkingCalendar>();
  const calendarOf = (unitId: string, date: string) => {
    const id = calendarIdFor(content, unitId, date);
    if (id === undefined) return undefined;
    let cal = calendars.get(id);
    if (!cal) calendars.set(id, (cal = compileCalendar(content, id)));
    return cal;
  };
  const conditions = new WeakMap<Condition, (facts: Readonly<Record<string, unknown>>) => boolean>();
  const holds = (c: Condition, facts: Readonly<Record<string, unknown>>) => {
    let f = conditions.get(c);
    if (!f) conditions.set(c, (f = compileCondition(c)));
    return f(facts);
  };

  const validate = (input: unknown, opts: { lang?: Lang } = {}): Result<IntakeDecision> => {
    const lang = opts.lang ?? 'vi';
    let app = readWellFormed(input);
    if (!app) {
      const parsed = ApplicationSchema.safeParse(input);
      if (!parsed.success) {
        return fail(parsed.error.issues.map((i) => createIssue('INTAKE_BAD_APPLICATION', { path: i.path.join('.') || '(root)', detail: i.message }, { path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), lang })));
      }
      app = parsed.data;
    }
    const submitted = parseTimeInput(app.submittedAt);
    if (!submitted) return fail([createIssue('INPUT_BAD_TIME', { value: app.submittedAt, option: 'submittedAt' }, { path: ['submittedAt'], lang })]);
    const at = submitted.kind === 'instant' ? submitted.instant : undefined;
    const date = submitted.date;
    const issues: Issue[] = [];
    // Systems send ids; a name is looked up (and explained when unknown) only when it is not one.
    const byId = org.get('unit', app.receivingUnitId);
    const unit = byId && inForce(byId, date) ? ok({ row: byId }) : org.resolve('unit', app.receivingUnitId, { at: date, lang });
    if (!unit.ok) issues.push(...unit.issues.map((i) => ({ ...i, path: ['receivingUnitId'] })));
    const procedure = catalogue.resolve(app.procedureCode, { lang });
    if (!procedure.ok) issues.push(...procedure.issues.map((i) => ({ ...i, path: ['procedureCode'] })));
    // The dossier's area, by id or name; when none is given, the receiving unit's own.
    const areaText = app.area ?? (typeof app.applicant.area === 'string' ? app.applicant.area : undefined);
    const area = areaText === undefined ? undefined : org.get('area', areaText) ? ok({ row: { id: areaText } }) : org.resolve('area', areaText, { at: date, lang });
    if (area && !area.ok) issues.push(...area.issues.map((i) => ({ ...i, path: app.area !== undefined ? ['area'] : ['applicant', 'area'] })));
    if (!unit.ok || !procedure.ok || (area && !area.ok)) return fail(issues);
    return ok(decide(app, unit.value.row, procedure.value, area?.ok ? area.value.row.id : undefined, at, date, lang));
  };

  function decide(app: CheckedApplication, unit: Unit, procedure: Procedure, area: string | undefined, at: number | undefined, date: string, lang: Lang): IntakeDecision {
    const reasons: IntakeReason[] = [];
    const missing: string[] = [];
    const reason = (code: IntakeReasonCode, params: Record<string, string | number | undefined>, citations: Citation[], component?: string) => {
      reasons.push({ code, message: reasonMessage(code, params, lang), citation: citations[0] ?? null, citations, ...(component ? { component } : {}) });
    };
    const regime = org.regimeAt(date);
    const receiptBasis: Citation[] = regime?.receipt ? [regime.receipt] : [];
    const channel = CHANNEL_WORDS[app.channel][lang];
    const version = catalogue.versionAt(procedure, date);

    if (!version) {
      reason('procedure-not-in-force', { procedure: procedure.name, date }, list(procedure.citation));
    } else {
      if (!(version.channels ?? []).includes(app.channel)) reason('channel-not-offered', { procedure: procedure.name, channel }, list(version.citation));
      competence(app, unit, procedure, version, area ?? unit.area, date, reason, receiptBasis, lang);
      eligibility(app, version, reason, lang);
      if (!reasons.some((r) => INTAKE_REASONS[r.code].outcome === 'refuse')) components(app, version, reason, missing, lang);
    }
    const fees = version ? feesDue(app, version, lang) : undefined;
    if (fees && fees.total > 0 && app.feePaid === false && !reasons.some((r) => INTAKE_REASONS[r.code].outcome === 'refuse')) {
      reason('fee-unpaid', { amount: fees.total.toLocaleString('vi-VN') }, version!.fees!.flatMap((f) => list(f.citation)));
    }

    const refuse = reasons.some((r) => INTAKE_REASONS[r.code].outcome === 'refuse');
    const outcome = refuse ? 'refuse' : reasons.length > 0 ? 'supplement' : 'accept';
    // A refusal lists only what makes it a refusal; the missing papers would not matter.
    const shown = refuse ? reasons.filter((r) => INTAKE_REASONS[r.code].outcome === 'refuse') : reasons;
    const kind: SlipKind = outcome === 'accept' ? 'receipt' : outcome === 'supplement' ? 'supplement-request' : 'refusal';
    const form = slip(kind, app, unit, procedure, version, regime, at, date, shown, fees, lang);
    return { outcome, reasons: shown, missing: refuse ? [] : missing, form };
  }

  function competence(app: CheckedApplication, unit: Unit, procedure: Procedure, version: ProcedureVersion, area: string | undefined, date: string, reason: ReasonSink, basis: Citation[], lang: Lang): void {
    const query = procedureQuery(procedure, version, { at: date, channel: app.channel, area });
    const receivers = router.receiverIds(query);
    // A branch receives at its sites: a dossier handed in at a branch's reception point is the branch's.
    for (let u: Unit | undefined = unit; u; u = u.parent ? org.get('unit', u.parent) : undefined) {
      if (receivers.includes(u.id)) return;
      if (u.kind === 'branch') break;
    }
    // The rows that say who does receive are the basis; `route --explain` tells why each other unit does not.
    const citations = [...basis, ...router.matchingRows(query).allow.flatMap((r) => list(r.citation))];
    // The units of the dossier's own area first: the applicant's nearest counter should not hide in "+10".
    const local = receivers.filter((id) => org.get('unit', id)?.area === area);
    const ordered = [...local, ...receivers.filter((id) => !local.includes(id))];
    const names = ordered.slice(0, 3).map((id) => { const u = org.get('unit', id); return u ? nameAt(u, date) : id; });
    reason(
      'not-competent',
      { unit: nameAt(unit, date), date, channel: CHANNEL_WORDS[app.channel][lang], receivers: names.length ? `${names.join('; ')}${receivers.length > 3 ? ` (+${receivers.length - 3})` : ''}` : undefined },
      citations,
    );
  }

  function eligibility(app: CheckedApplication, version: ProcedureVersion, reason: ReasonSink, lang: Lang): void {
    for (const rule of version.eligibility ?? []) {
      if (holds(rule.condition, app.applicant)) continue;
      // A rule that fails only for want of a fact asks for it rather than refusing.
      const absent = [...new Set(factsOf(rule.condition))].filter((f) => app.applicant[f] === undefined);
      if (absent.length > 0) reason('eligibility-facts-missing', { rule: rule.id, facts: absent.join(', ') }, list(rule.citation));
      else reason('not-eligible', { reason: text(rule.reason, lang) }, list(rule.citation));
    }
  }

  function components(app: CheckedApplication, version: ProcedureVersion, reason: ReasonSink, missing: string[], lang: Lang): void {
    for (const c of version.components) {
      if (!c.required || (c.when && !holds(c.when, app.applicant))) continue;
      const name = text(c.name, lang);
      const citations = [...list(c.citation), ...list(version.citation)];
      const given = app.components.find((g) => g.code === c.code);
      if (!given) {
        reason('missing-component', { component: name }, citations, c.code);
        missing.push(c.code);
        continue;
      }
      const weakest = Math.min(...c.forms.map((f) => STRENGTH[f]));
      if (STRENGTH[given.form] < weakest) {
        reason('insufficient-form', { component: name, given: FORM_WORDS[given.form][lang], accepted: c.forms.map((f) => FORM_WORDS[f][lang]).join(' / ') }, citations, c.code);
        missing.push(c.code);
      } else if (given.quantity < c.quantity) {
        reason('insufficient-quantity', { component: name, quantity: c.quantity, given: given.quantity }, citations, c.code);
        missing.push(c.code);
      }
    }
  }

  function feesDue(app: CheckedApplication, version: ProcedureVersion, lang: Lang) {
    const items = (version.fees ?? [])
      .filter((f) => !f.when || holds(f.when, app.applicant))
      .map((f) => ({ name: text(f.name, lang), kind: f.kind, amount: f.amount, per: f.per === undefined ? null : text(f.per, lang) }));
    // A fee charged per page or per item has no total without the count: it is listed, not summed.
    return { items, total: items.reduce((s, f) => s + (f.per === null ? f.amount : 0), 0) };
  }

  function slip(
    kind: SlipKind,
    app: CheckedApplication,
    unit: Unit,
    procedure: Procedure,
    version: ProcedureVersion | undefined,
    regime: Regime | undefined,
    at: number | undefined,
    date: string,
    reasons: readonly IntakeReason[],
    fees: { items: { name: string; kind: string; amount: number; per: string | null }[]; total: number } | undefined,
    lang: Lang,
  ): SlipData {
    const a = app.applicant;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const names = version ? componentNames(version, lang) : new Map<string, string>();
    const form: { -readonly [K in keyof SlipData]: SlipData[K] } = {
      kind,
      template: { circular: regime?.forms ?? null, form: SLIPS[kind].form, title: SLIPS[kind].title[lang] },
      regime: regime ? { id: regime.id, name: nameAt(regime, date) } : null,
      receivingUnit: { id: unit.id, name: nameAt(unit, date) },
      procedure: { id: procedure.id, code: procedure.code ?? null, name: procedure.name },
      applicant: { type: a.type, name: str(a.name), address: str(a.address), phone: str(a.phone), email: str(a.email) },
      channel: CHANNEL_WORDS[app.channel][lang],
      submittedAt: at === undefined ? date : formatInstant(at),
      components: app.components.map((c) => ({ code: c.code, name: names.get(c.code) ?? c.code, form: FORM_WORDS[c.form][lang], quantity: c.quantity })),
    };
    if (kind === 'refusal') {
      form.reasons = reasons.map((r) => r.message);
      return form;
    }
    if (fees) form.fees = fees;
    if (kind === 'supplement-request') {
      form.items = reasons
        .filter((r) => r.component)
        .map((r) => {
          const c = version!.components.find((x) => x.code === r.component)!;
          return { code: c.code, name: text(c.name, lang), forms: c.forms.map((f) => FORM_WORDS[f][lang]).join(' / '), quantity: c.quantity, reason: r.message };
        });
      form.reasons = reasons.map((r) => r.message);
      return form;
    }
    const durationText = version!.processingTime[app.channel] ?? version!.processingTime.direct;
    form.processingTime = durationText;
    const cal = calendarOf(unit.id, date);
    let duration = durations.get(durationText);
    if (!duration) durations.set(durationText, (duration = parseDuration(durationText)));
    const received = at ?? (cal ? cal.nextWorkingInstant(dayNumber(date) * DAY_MS - VN_OFFSET_MS) : undefined);
    if (cal && duration && received !== undefined) {
      const due = dueInstant(cal, received, duration, version!.cutoff ? { cutoff: version!.cutoff } : {});
      form.dueAt = formatInstant(due);
      form.dueDate = localDateOf(due);
    }
    return form;
  }

  const durations = new Map<string, Duration | undefined>();
  const nameCache = { vi: new WeakMap<ProcedureVersion, Map<string, string>>(), en: new WeakMap<ProcedureVersion, Map<string, string>>() };
  function componentNames(version: ProcedureVersion, lang: Lang): Map<string, string> {
    let names = nameCache[lang].get(version);
    if (!names) nameCache[lang].set(version, (names = new Map(version.components.map((c) => [c.code, text(c.name, lang)]))));
    return names;
  }

  return { org, catalogue, validate };
}

type ReasonSink = (code: IntakeReasonCode, params: Record<string, string | number | undefined>, citations: Citation[], component?: string) => void;

export type { Application };
