/**
 * Importer of the national procedure catalogue (Cơ sở dữ liệu quốc gia về thủ tục hành chính, read
 * through the national portal DVCQG) into the pack's `procedures:` section.
 *
 * WHERE THE SHAPES COME FROM. DVCQG publishes no schema for its catalogue operations; the field names
 * below were learnt by reading public code that calls them (read for the shapes only, nothing copied):
 *
 * - VietOpenCPS/opencps-v2 — `modules/backend-dossiermgt/backend-dossiermgt-api/src/main/java/org/
 *   opencps/dossiermgt/constants/DVCQGIntegrationActionTerm.java` (the key names) and `…/backend-
 *   dossiermgt-service/src/main/java/org/opencps/dossiermgt/action/impl/DVCQGIntegrationActionImpl.java`
 *   (`syncServiceInfo`, `getServiceInfoDVCQG`, `getServiceInfoDVCQGMap`): the adapter POSTs
 *   `{service: "LayDanhSachTTHC"}` or `{service: "LayThuTuc", maTTHC}` and reads `error_code` and an
 *   array `result`; list items carry `MATTHC`, `TENTTHC`; a detail carries `TENTTHC`,
 *   `LINHVUCTHUCHIEN[{MALINHVUC, TENLINHVUC}]`, `TRINHTUTHUCHIEN[{TRUONGHOP, TRINHTU[{TENTRINHTU}]}]`,
 *   `CACHTHUCTHUCHIEN[{KENH, THOIGIAN[{THOIGIANGIAIQUYET, DONVITINH, MOTA, PHILEPHI[{MAPHILEPHI,
 *   SOTIEN, DONVI, MOTA}]}]}]` with KENH 1 "Trực tiếp", 2 "Trực tuyến", 3 "Nộp qua bưu chính công
 *   ích", `YEUCAU`, `MOTADOITUONGTHUCHIEN`, `KETQUATHUCHIEN[{MAKETQUA, TENKETQUA}]`,
 *   `CANCUPHAPLY[{SOVANBAN, TENVANBAN}]`, `TRANGTHAI` (1 = published), `COQUANTHUCHIEN[{MADONVI,
 *   TENDONVI}]`, `THANHPHANHOSO[{GIAYTO[{MAGIAYTO, TENGIAYTO, TENMAUDON, URL}]}]`.
 * - HuanVu201/DichVuCong_KhoaLuan_PASETO (the "TD.DichVuCongApi" one-stop system, fed from Thanh Hóa's
 *   DVCQG connector `…/KetNoiMotCuaQuocGia/LayDanhSachTTHC` and `…/LayThuTuc?maTTHC=`), under
 *   `DichVuCongApi/src/Core/Application/`: `Catalog/ThuTucApp/AddThuTucTypes.cs` and
 *   `Catalog/ThuTucApp/Commands/AddThuTucCommand.cs` (typed classes of the whole detail: also
 *   `MaTTHC`, `MACOQUANCONGBO`, `LOAITTHC`, `IDQUYETDINHCONGBO`, `DIACHITIEPNHAN`,
 *   `CAPTHUCHIEN[{CAPTHUCHIEN, TENCAP}]`, `DOITUONGTHUCHIEN[{MADOITUONG, TENDOITUONG}]`,
 *   `THANHPHANHOSO[{TRUONGHOP, GIAYTO[{MAGIAYTO, MA_KQ_THAYTHE, SOBANCHINH, SOBANSAO, TENGIAYTO,
 *   TENMAUDON, URL}]}]`, `PHILEPHI[{DONVI, MAPHILEPHI, MOTA, SOTIEN, TENTEP, URL}]`,
 *   `CANCUPHAPLY[{COQUANBANHANH, DIACHITRUYCAP, NGAYBANHANH, NGAYHIEULUC, SOVANBAN, TENVANBAN}]`,
 *   `COQUANCOTHAMQUYEN`, `COQUANPHOIHOP`, `COQUANDUOCUYQUYEN`, `TTHCLIENQUAN`, `TTHCLIENTHONG`);
 *   `Catalog/ThuTucApp/Service.cs` (the import: CAPTHUCHIEN 0 ministry, 1 province, 2 district,
 *   3 commune; SOBANCHINH/SOBANSAO read as integers); `Business/TruongHopThuTucApp/Service.cs` and
 *   `Business/PhiLePhiApp/Service.cs` (DONVITINH "Ngày làm việc" and "Ngày"; SOTIEN written with dots
 *   as thousands separators, or "không"; the connector wraps the JSON in a string `message`);
 *   `ChatBot/Command/AddQuestionCommandHandler.cs` (KENH 1/2/3 = direct/online/public postal service).
 *
 * NOT CONFIRMED by any source, handled defensively and flagged in the output notes: the values of
 * DONVITINH other than "Ngày làm việc" and "Ngày" ("Giờ", "Giờ làm việc", "Tuần", "Tháng" are guesses);
 * how THOIGIANGIAIQUYET writes half days and ranges (it is typed as a string; "0.5", "1/2", "10 - 15"
 * are accepted); whether numbers arrive as JSON numbers or strings (both accepted); the meaning of
 * MAPHILEPHI (the Thanh Hóa importer reads "1'"/"2'" as phí/lệ phí, which looks accidental, so the fee
 * kind is read from the description instead); any "required" flag of a component (none exists in the
 * shapes found); the fields of a LayDanhSachTTHC item beyond MATTHC and TENTTHC; a boundary-free flag
 * (only a provincial extension `LaPhiDiaGioi` was seen, in the TD system's own command, not in DVCQG
 * data); the envelope key `data` (the sources read `result`; `data` is what the adapter sends and is
 * accepted too); a field named "ThoiHanGiaiQuyet" (never seen: the time is THOIGIAN[].THOIGIANGIAIQUYET).
 * Key names are matched case-insensitively, since the sources write both `MATTHC` and `MaTTHC`.
 */
import { type Channel, type Issue, type Lang, type Level, type Procedure, type ProcedureComponent, type Text, IdSchema, MotcuaError, ProcedureSchema, createIssue, isIsoDate } from '@motcua/core';
import { Document, isMap, isSeq, visit } from 'yaml';

/** Options of {@link importNationalCatalogue}. */
export interface NationalImportOptions {
  /** National agency code (`COQUANTHUCHIEN[].MADONVI`) → the pack's agency id. */
  readonly agencyMap?: Readonly<Record<string, string>> | undefined;
  /** Agency id for procedures whose implementing agencies are not in `agencyMap`. */
  readonly defaultAgency?: string | undefined;
  /** The level given to every procedure; when absent it is read from `CAPTHUCHIEN`. */
  readonly level?: Level | undefined;
  /** First day in force of the imported version (YYYY-MM-DD). */
  readonly validFrom: string;
  /** Language of the issue messages (Vietnamese by default). */
  readonly lang?: Lang | undefined;
}

/** What {@link importNationalCatalogue} returns: the procedures it could map, and why the others could not be. */
export interface NationalImport {
  readonly procedures: Procedure[];
  readonly issues: Issue[];
}

/** The document every imported row cites; the pack must declare it under `documents:`. */
export const NATIONAL_CATALOGUE_DOC = 'CSDL-TTHC';

type Path = (string | number)[];
type Json = Record<string, unknown>;
type Unit = 'working-days' | 'working-hours' | 'calendar-days';

/** A note in both languages. */
interface Note {
  readonly vi: string;
  readonly en: string;
}

/** One procedure record found in the input, with where it was. */
interface Found {
  readonly record: Json;
  readonly path: Path;
}

const LEVEL_RANK: Record<Level, number> = { city: 3, district: 2, commune: 1 };
const CHANNELS: readonly Channel[] = ['direct', 'online', 'postal'];
const CHANNEL_VI: Record<Channel, string> = { direct: 'trực tiếp', online: 'trực tuyến', postal: 'bưu chính' };
/** Rough working hours in one unit, used only to pick the longest of several times given in different units. */
const HOURS: Record<Unit, number> = { 'working-hours': 1, 'working-days': 8, 'calendar-days': (8 * 5) / 7 };

/**
 * Maps the national catalogue — a `LayDanhSachTTHC` list, one or more `LayThuTuc` details, an array
 * of them, or the adapter's envelope `{error_code, result | data | message}` — to pack procedures.
 * Pure: it reads nothing and never throws on bad data. A record that cannot be mapped becomes an
 * issue whose `path` points into the input (`data.3.ThanhPhanHoSo.2`), and the others are still
 * imported. A list item is only a code and a name: it is imported when a detail of the same code is
 * in the input, and reported otherwise. Every procedure passed `ProcedureSchema` and cites
 * `{doc: "CSDL-TTHC", ref: <code>}`, which the pack must declare under `documents:`.
 *
 * Throws a MotcuaError `INVALID_ARGUMENT` only for bad options (a `validFrom` that is not a date, an
 * agency id that is not kebab-case).
 */
export function importNationalCatalogue(input: unknown, options: NationalImportOptions): NationalImport {
  const lang = options.lang ?? 'vi';
  checkOptions(options);
  const issues: Issue[] = [];
  const found: Found[] = [];
  collect(input, [], found, issues, lang);

  // Group by code: a detail (it has CACHTHUCTHUCHIEN) wins over a list item of the same code.
  const byCode = new Map<string, Found>();
  const listNames = new Map<string, string>();
  const order: string[] = [];
  for (const f of found) {
    const codeField = get(f.record, 'MATTHC');
    const code = typeof codeField?.value === 'string' || typeof codeField?.value === 'number' ? String(codeField.value).trim() : '';
    if (code === '') {
      issues.push(createIssue('RECORD_MISSING_FIELD', { field: 'MATTHC' }, { path: f.path, lang }));
      continue;
    }
    const listName = get(f.record, 'TENTTHC')?.value;
    if (typeof listName === 'string' && listName.trim() !== '' && !listNames.has(code)) listNames.set(code, listName);
    const previous = byCode.get(code);
    if (!previous) {
      byCode.set(code, f);
      order.push(code);
      continue;
    }
    const isDetail = (r: Json) => get(r, 'CACHTHUCTHUCHIEN') !== undefined;
    if (isDetail(previous.record) && isDetail(f.record)) {
      issues.push(
        createIssue('RECORD_INCONSISTENT', { id: code, detail: lang === 'vi' ? `thủ tục có hai bản chi tiết (${pathText(previous.path)} và ${pathText(f.path)}); dùng bản sau.` : `two details of the procedure (${pathText(previous.path)} and ${pathText(f.path)}); the later one is used.` }, { path: f.path, severity: 'warning', lang }),
      );
      byCode.set(code, f);
    } else if (isDetail(f.record)) {
      byCode.set(code, f);
    }
  }

  const procedures: Procedure[] = [];
  for (const code of order) {
    const f = byCode.get(code)!;
    const recordIssues: Issue[] = [];
    let procedure: Procedure | undefined;
    try {
      procedure = mapRecord(code, f.record, f.path, listNames.get(code), options, lang, recordIssues);
    } catch (error) {
      recordIssues.push(createIssue('INTERNAL', { detail: `${code}: ${error instanceof Error ? error.message : String(error)}` }, { path: f.path, lang }));
    }
    issues.push(...recordIssues);
    if (procedure && !recordIssues.some((i) => i.severity === 'error')) procedures.push(procedure);
  }
  return { procedures, issues };
}

function checkOptions(options: NationalImportOptions): void {
  const bad = (detail: string) => new MotcuaError('INVALID_ARGUMENT', { detail });
  if (typeof options.validFrom !== 'string' || !isIsoDate(options.validFrom)) throw bad(`validFrom must be a date YYYY-MM-DD (got ${JSON.stringify(options.validFrom)})`);
  if (options.level !== undefined && !(options.level in LEVEL_RANK)) throw bad(`level must be city, district or commune (got ${JSON.stringify(options.level)})`);
  if (options.defaultAgency !== undefined && !IdSchema.safeParse(options.defaultAgency).success) throw bad(`defaultAgency must be a kebab-case agency id (got ${JSON.stringify(options.defaultAgency)})`);
  for (const [code, id] of Object.entries(options.agencyMap ?? {})) {
    if (!IdSchema.safeParse(id).success) throw bad(`agencyMap["${code}"] must be a kebab-case agency id (got ${JSON.stringify(id)})`);
  }
}

// ---- walking the input ------------------------------------------------------------------------

/** Finds the procedure records in `value`, unwrapping envelopes and arrays. */
function collect(value: unknown, path: Path, found: Found[], issues: Issue[], lang: Lang): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, [...path, i], found, issues, lang));
    return;
  }
  if (!isObject(value)) {
    issues.push(badField(path, value, lang === 'vi' ? 'một thủ tục (đối tượng JSON có MATTHC) hoặc phản hồi LayDanhSachTTHC/LayThuTuc' : 'a procedure (a JSON object with MATTHC) or a LayDanhSachTTHC/LayThuTuc response', lang));
    return;
  }
  if (get(value, 'MATTHC') !== undefined) {
    found.push({ record: value, path });
    return;
  }
  const errorCode = get(value, 'ERROR_CODE');
  if (errorCode !== undefined && !/^0+$/.test(String(errorCode.value).trim())) {
    const message = get(value, 'MESSAGE');
    issues.push(createIssue('RECORD_BAD_FIELD', { field: errorCode.key, value: `${String(errorCode.value)}${typeof message?.value === 'string' ? ` (${message.value})` : ''}`, expected: '0' }, { path: [...path, errorCode.key], lang }));
    return;
  }
  const payload = get(value, 'RESULT') ?? get(value, 'DATA');
  if (payload !== undefined) {
    collect(payload.value, [...path, payload.key], found, issues, lang);
    return;
  }
  // Thanh Hóa's connector returns the adapter's JSON as a string in `message`.
  const message = get(value, 'MESSAGE');
  if (typeof message?.value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.value);
    } catch {
      issues.push(badField([...path, message.key], message.value.slice(0, 80), 'JSON', lang));
      return;
    }
    collect(parsed, [...path, message.key], found, issues, lang);
    return;
  }
  issues.push(badField(path, summary(value), lang === 'vi' ? 'một thủ tục (có MATTHC) hoặc phản hồi có result/data' : 'a procedure (with MATTHC) or a response with result/data', lang));
}

// ---- one record ----------------------------------------------------------------------------------

/** Everything gathered while mapping one record. */
interface Ctx {
  readonly code: string;
  readonly path: Path;
  readonly lang: Lang;
  readonly issues: Issue[];
  readonly procedureNotes: Note[];
  readonly versionNotes: Note[];
}

function mapRecord(code: string, record: Json, path: Path, listName: string | undefined, options: NationalImportOptions, lang: Lang, issues: Issue[]): Procedure | undefined {
  const ctx: Ctx = { code, path, lang, issues, procedureNotes: [], versionNotes: [] };
  const codeKey = get(record, 'MATTHC')!.key;
  if (!/^\d\.\d{6}(\.[0-9A-Za-z.]+)?$/.test(code)) {
    issues.push(badField([...path, codeKey], code, lang === 'vi' ? 'mã TTHC quốc gia dạng d.dddddd (ví dụ "1.001193")' : 'a national procedure code d.dddddd (e.g. "1.001193")', lang));
    return undefined;
  }
  const nameField = get(record, 'TENTTHC');
  // A detail without its name takes the one of the list.
  const name = clean(typeof nameField?.value === 'string' && nameField.value.trim() !== '' ? nameField.value : (listName ?? ''));
  if (name === '') issues.push(createIssue('RECORD_MISSING_FIELD', { field: nameField?.key ?? 'TENTTHC' }, { path, lang }));

  const ways = get(record, 'CACHTHUCTHUCHIEN');
  if (ways === undefined) {
    // A LayDanhSachTTHC item without its LayThuTuc detail: nothing to build a version from.
    issues.push(createIssue('RECORD_MISSING_FIELD', { field: 'CACHTHUCTHUCHIEN' }, { path, lang }));
    return undefined;
  }

  const level = levelOf(record, options, ctx);
  const agency = agencyOf(record, options, level, ctx);
  const field = fieldOf(record, ctx);
  describeCatalogue(record, ctx);

  const times = processingTimes(ways.value, [...path, ways.key], ctx);
  const fees = feesOf(ways.value, [...path, ways.key], ctx);
  const components = componentsOf(record, ctx);
  legalBases(record, ctx);
  requirements(record, ctx);
  const boundary = get(record, 'LAPHIDIAGIOI');
  const boundaryFree = boundary?.value === true || boundary?.value === 1 || String(boundary?.value).toLowerCase() === 'true';
  if (boundaryFree) ctx.versionNotes.push({ vi: `Tiếp nhận không phụ thuộc địa giới theo trường ${boundary!.key} của dữ liệu (trường mở rộng của địa phương, không phải của CSDL quốc gia).`, en: `Boundary-free per the data's ${boundary!.key} field (a provincial extension, not a national field).` });

  if (issues.some((i) => i.severity === 'error') || times === undefined || level === undefined) return undefined;

  const citation = { doc: NATIONAL_CATALOGUE_DOC, ref: code };
  const candidate = {
    id: `tthc-${kebab(code)}`,
    code,
    name,
    ...(agency !== undefined ? { agency } : {}),
    level,
    ...(field !== undefined ? { field } : {}),
    versions: [
      {
        validFrom: options.validFrom,
        processingTime: times.processingTime,
        channels: times.channels,
        components,
        ...(fees.length > 0 ? { fees } : {}),
        boundaryFree,
        clock: { supplement: 'pause', financialObligation: 'pause' },
        citation,
        ...(ctx.versionNotes.length > 0 ? { notes: joinNotes(ctx.versionNotes) } : {}),
      },
    ],
    citation,
    confidence: 'secondary',
    notes: joinNotes([
      { vi: `Nhập tự động từ CSDL quốc gia về TTHC (DVCQG LayThuTuc, mã ${code}); cần rà soát với quyết định công bố trước khi dùng.`, en: `Imported from the national TTHC database (DVCQG LayThuTuc, code ${code}); review against the publishing decision before relying on it.` },
      ...ctx.procedureNotes,
    ]),
  };
  const parsed = ProcedureSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      issues.push(badField(path, `${zi.path.join('.')}: ${JSON.stringify(valueAt(candidate, zi.path))?.slice(0, 80)}`, zi.message, lang));
    }
    return undefined;
  }
  return parsed.data;
}

function levelOf(record: Json, options: NationalImportOptions, ctx: Ctx): Level | undefined {
  const levelsField = get(record, 'CAPTHUCHIEN');
  const stated: Level[] = [];
  let ministry = false;
  for (const [item, i] of listOf(levelsField?.value)) {
    const raw = isObject(item) ? (get(item, 'CAPTHUCHIEN') ?? get(item, 'MAMUC') ?? get(item, 'TENCAP') ?? get(item, 'TENMUC'))?.value : item;
    const level = levelWord(raw);
    if (level === 'ministry') ministry = true;
    else if (level !== undefined) {
      if (!stated.includes(level)) stated.push(level);
    } else ctx.issues.push(badField([...ctx.path, levelsField!.key, i], raw, say(ctx, '0 (bộ), 1 (tỉnh), 2 (huyện) hoặc 3 (xã)', '0 (ministry), 1 (province), 2 (district) or 3 (commune)'), ctx.lang, options.level === undefined ? 'error' : 'warning'));
  }
  if (options.level !== undefined) {
    if (stated.length > 0 && !stated.includes(options.level)) {
      ctx.procedureNotes.push({ vi: `CSDL quốc gia ghi cấp thực hiện: ${stated.map(levelVi).join(', ')}; nhập theo cấp được chỉ định (${levelVi(options.level)}).`, en: `The national data gives the level(s) ${stated.join(', ')}; imported at the level asked for (${options.level}).` });
    }
    return options.level;
  }
  if (stated.length === 0) {
    const what = ministry ? say(ctx, 'cấp bộ', 'ministry level') : undefined;
    if (levelsField === undefined) ctx.issues.push(createIssue('RECORD_MISSING_FIELD', { field: 'CAPTHUCHIEN' }, { path: ctx.path, lang: ctx.lang }));
    else ctx.issues.push(badField([...ctx.path, levelsField.key], what ?? summary(levelsField.value), say(ctx, 'cấp tỉnh, huyện hoặc xã (hoặc chỉ định cấp khi nhập)', 'a province, district or commune level (or give the level when importing)'), ctx.lang));
    return undefined;
  }
  if (stated.length > 1) {
    ctx.procedureNotes.push({ vi: `CSDL quốc gia ghi nhiều cấp thực hiện (${stated.map(levelVi).join(', ')}); nhập theo cấp đầu tiên.`, en: `The national data gives several levels (${stated.join(', ')}); imported at the first one.` });
    ctx.issues.push(
      createIssue('RECORD_BAD_FIELD', { field: levelsField!.key, value: stated.join(', '), expected: say(ctx, `một cấp (đã nhập theo cấp ${levelVi(stated[0]!)}; chỉ định cấp để chọn)`, `one level (imported at ${stated[0]}; give the level to choose)`) }, { path: [...ctx.path, levelsField!.key], severity: 'warning', lang: ctx.lang }),
    );
  }
  return stated[0];
}

function levelWord(raw: unknown): Level | 'ministry' | undefined {
  const s = fold(String(raw ?? ''));
  if (s === '0' || s === '1' || s === '2' || s === '3') return (['ministry', 'city', 'district', 'commune'] as const)[Number(s)];
  // Names, most specific first: "Cấp huyện, thị xã, thành phố thuộc tỉnh" is a district level.
  if (/\bbo\b/.test(s) || s.includes('trung uong')) return 'ministry';
  if (/\bhuyen\b|\bquan\b|\bthi xa\b/.test(s)) return 'district';
  if (/\bxa\b|\bphuong\b|\bthi tran\b/.test(s)) return 'commune';
  if (/\btinh\b|\bthanh pho\b/.test(s)) return 'city';
  return undefined;
}

const levelVi = (l: Level) => ({ city: 'tỉnh/thành phố', district: 'huyện', commune: 'xã' })[l];

function agencyOf(record: Json, options: NationalImportOptions, level: Level | undefined, ctx: Ctx): string | undefined {
  const agencies = get(record, 'COQUANTHUCHIEN');
  const national: { code: string; name: string; index: number }[] = [];
  for (const [item, i] of listOf(agencies?.value)) {
    if (!isObject(item)) continue;
    const code = (get(item, 'MADONVI') ?? get(item, 'MAMUC'))?.value;
    const name = (get(item, 'TENDONVI') ?? get(item, 'TENMUC'))?.value;
    national.push({ code: code === undefined || code === null ? '' : String(code).trim(), name: typeof name === 'string' ? clean(name) : '', index: i });
  }
  const mapped = national.find((a) => a.code !== '' && options.agencyMap?.[a.code] !== undefined);
  if (national.length > 0) {
    ctx.procedureNotes.push({ vi: `Cơ quan thực hiện theo CSDL quốc gia: ${national.map((a) => `${a.name || '?'}${a.code ? ` (${a.code})` : ''}`).join('; ')}.`, en: `Implementing agencies in the national data: ${national.map((a) => `${a.name || '?'}${a.code ? ` (${a.code})` : ''}`).join('; ')}.` });
  }
  if (mapped) return options.agencyMap![mapped.code];
  if (options.defaultAgency !== undefined) return options.defaultAgency;
  // Without an agency, the competent agency is the People's Committee of the dossier's area: right
  // for district and commune procedures, not for a city department's.
  if (level === 'city') {
    const first = national[0];
    ctx.issues.push(
      createIssue(
        'RECORD_BAD_FIELD',
        { field: first ? `${agencies!.key}.${first.index}.MADONVI` : 'COQUANTHUCHIEN', value: first?.code ?? '', expected: say(ctx, 'mã cơ quan có trong bảng ánh xạ cơ quan (thủ tục cấp tỉnh được nhập không có cơ quan)', 'an agency code of the agency map (the city-level procedure is imported without an agency)') },
        { path: first ? [...ctx.path, agencies!.key, first.index] : ctx.path, severity: 'warning', lang: ctx.lang },
      ),
    );
  }
  return undefined;
}

function fieldOf(record: Json, ctx: Ctx): string | undefined {
  const names = listOf(get(record, 'LINHVUCTHUCHIEN')?.value)
    .map(([item]) => (isObject(item) ? (get(item, 'TENLINHVUC') ?? get(item, 'TENMUC'))?.value : undefined))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map(clean);
  if (names.length > 1) ctx.procedureNotes.push({ vi: `Lĩnh vực khác: ${names.slice(1).join('; ')}.`, en: `Other fields: ${names.slice(1).join('; ')}.` });
  return names[0];
}

/** Facts of the catalogue entry worth keeping for review, as notes. */
function describeCatalogue(record: Json, ctx: Ctx): void {
  const text = (key: string) => {
    const v = get(record, key)?.value;
    return typeof v === 'string' || typeof v === 'number' ? clean(String(v)) : '';
  };
  const publisher = text('MACOQUANCONGBO');
  if (publisher) ctx.procedureNotes.push({ vi: `Mã cơ quan công bố: ${publisher}.`, en: `Publishing agency code: ${publisher}.` });
  const names = (key: string, nameKey: string) =>
    listOf(get(record, key)?.value)
      .map(([item]) => (isObject(item) ? (get(item, nameKey) ?? get(item, 'TENMUC'))?.value : undefined))
      .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
      .map(clean);
  const applicants = names('DOITUONGTHUCHIEN', 'TENDOITUONG');
  if (applicants.length > 0) ctx.procedureNotes.push({ vi: `Đối tượng thực hiện: ${applicants.join('; ')}.`, en: `Applicants: ${applicants.join('; ')}.` });
  const results = names('KETQUATHUCHIEN', 'TENKETQUA');
  if (results.length > 0) ctx.procedureNotes.push({ vi: `Kết quả: ${results.join('; ')}.`, en: `Result: ${results.join('; ')}.` });
  const status = get(record, 'TRANGTHAI');
  if (status !== undefined && String(status.value).trim() !== '1') {
    ctx.procedureNotes.push({ vi: `Trạng thái trong CSDL quốc gia: ${String(status.value)} (1 = đang công khai).`, en: `Status in the national data: ${String(status.value)} (1 = published).` });
    ctx.issues.push(createIssue('RECORD_BAD_FIELD', { field: status.key, value: String(status.value), expected: say(ctx, '1 (đang công khai); vẫn nhập, cần rà soát', '1 (published); imported anyway, review it') }, { path: [...ctx.path, status.key], severity: 'warning', lang: ctx.lang }));
  }
}

// ---- processing time -----------------------------------------------------------------------------

interface Time {
  readonly amount: number;
  readonly unit: Unit;
  readonly path: Path;
}

function processingTimes(ways: unknown, path: Path, ctx: Ctx): { processingTime: { direct: string; online?: string; postal?: string }; channels: Channel[] } | undefined {
  const per = new Map<Channel, Time>();
  const items = listOf(ways);
  if (items.length === 0) {
    ctx.issues.push(badField(path, summary(ways), say(ctx, 'danh sách cách thức thực hiện (KENH, THOIGIAN)', 'a list of channels (KENH, THOIGIAN)'), ctx.lang));
    return undefined;
  }
  for (const [way, i] of items) {
    const wayPath = [...path, i];
    if (!isObject(way)) {
      ctx.issues.push(badField(wayPath, summary(way), say(ctx, 'một cách thức thực hiện (KENH, THOIGIAN)', 'a channel (KENH, THOIGIAN)'), ctx.lang));
      continue;
    }
    const kenh = get(way, 'KENH');
    const channel = channelOf(kenh?.value);
    if (channel === undefined) {
      if (kenh === undefined) ctx.issues.push(createIssue('RECORD_MISSING_FIELD', { field: 'KENH' }, { path: wayPath, lang: ctx.lang }));
      else ctx.issues.push(badField([...wayPath, kenh.key], summary(kenh.value), say(ctx, '1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)', '1 (direct), 2 (online) or 3 (postal)'), ctx.lang));
      continue;
    }
    const slots = get(way, 'THOIGIAN');
    const entries = listOf(slots?.value);
    if (entries.length === 0) {
      ctx.issues.push(createIssue('RECORD_MISSING_FIELD', { field: slots?.key ?? 'THOIGIAN' }, { path: wayPath, lang: ctx.lang }));
      continue;
    }
    const times: Time[] = [];
    for (const [slot, j] of entries) {
      const t = timeOf(slot, [...wayPath, slots!.key, j], channel, ctx);
      if (t) times.push(t);
    }
    const previous = per.get(channel);
    if (previous) times.unshift(previous);
    if (times.length === 0) continue;
    const longest = times.reduce((a, b) => (b.amount * HOURS[b.unit] > a.amount * HOURS[a.unit] ? b : a));
    if (times.length > 1 && times.some((t) => t.amount !== longest.amount || t.unit !== longest.unit)) {
      ctx.versionNotes.push({
        vi: `Kênh ${CHANNEL_VI[channel]}: CSDL quốc gia ghi nhiều thời hạn (${times.map(durationText).join('; ')}); lấy thời hạn dài nhất.`,
        en: `Channel ${channel}: the national data gives several times (${times.map(durationText).join('; ')}); the longest is taken.`,
      });
    }
    per.set(channel, longest);
  }
  if (per.size === 0) {
    if (!ctx.issues.some((i) => i.severity === 'error')) ctx.issues.push(badField(path, summary(ways), say(ctx, 'ít nhất một kênh có thời hạn giải quyết', 'at least one channel with a processing time'), ctx.lang));
    return undefined;
  }
  const channels = CHANNELS.filter((c) => per.has(c));
  const direct = per.get('direct') ?? per.get('online') ?? per.get('postal')!;
  if (!per.has('direct')) {
    ctx.versionNotes.push({ vi: 'Không nộp trực tiếp; processingTime.direct ghi thời hạn của kênh khác vì lược đồ bắt buộc trường này.', en: 'No direct channel; processingTime.direct holds another channel\'s time because the schema requires it.' });
  }
  const processingTime: { direct: string; online?: string; postal?: string } = { direct: durationText(direct) };
  for (const c of ['online', 'postal'] as const) {
    const t = per.get(c);
    if (t && durationText(t) !== processingTime.direct) processingTime[c] = durationText(t);
  }
  return { processingTime, channels };
}

function channelOf(raw: unknown): Channel | undefined {
  const value = isObject(raw) ? (get(raw, 'MAMUC') ?? get(raw, 'TENMUC') ?? get(raw, 'KENH'))?.value : raw;
  const s = fold(String(value ?? ''));
  if (s === '1' || s.includes('truc tiep')) return 'direct';
  if (s === '2' || s.includes('truc tuyen')) return 'online';
  if (s === '3' || s.includes('buu chinh') || s.includes('buu dien')) return 'postal';
  return undefined;
}

/** One THOIGIAN entry: THOIGIANGIAIQUYET in DONVITINH. */
function timeOf(slot: unknown, path: Path, channel: Channel, ctx: Ctx): Time | undefined {
  if (!isObject(slot)) {
    ctx.issues.push(badField(path, summary(slot), say(ctx, 'một thời hạn (THOIGIANGIAIQUYET, DONVITINH)', 'a processing time (THOIGIANGIAIQUYET, DONVITINH)'), ctx.lang));
    return undefined;
  }
  const amountField = get(slot, 'THOIGIANGIAIQUYET');
  if (amountField === undefined) {
    ctx.issues.push(createIssue('RECORD_MISSING_FIELD', { field: 'THOIGIANGIAIQUYET' }, { path, lang: ctx.lang }));
    return undefined;
  }
  const amount = amountOf(amountField.value);
  if (amount === undefined) {
    ctx.issues.push(badField([...path, amountField.key], summary(amountField.value), say(ctx, 'một số dương (ví dụ "15", "0.5", "10 - 15")', 'a positive number (e.g. "15", "0.5", "10 - 15")'), ctx.lang));
    return undefined;
  }
  const unitField = get(slot, 'DONVITINH');
  let unitText = typeof unitField?.value === 'string' ? unitField.value : '';
  if (unitText.trim() === '' && typeof amountField.value === 'string') unitText = amountField.value.replace(/[\d.,/\-–—\s]+/, ' ');
  const unit = unitOf(unitText);
  if (unit === undefined) {
    if (unitField === undefined || unitField.value === undefined || unitField.value === null || unitField.value === '') ctx.issues.push(createIssue('RECORD_MISSING_FIELD', { field: unitField?.key ?? 'DONVITINH' }, { path, lang: ctx.lang }));
    else ctx.issues.push(badField([...path, unitField.key], summary(unitField.value), say(ctx, '"Ngày làm việc", "Ngày", "Giờ" hoặc "Tuần"', '"Ngày làm việc", "Ngày", "Giờ" or "Tuần"'), ctx.lang));
    return undefined;
  }
  const value = amount.value * unit.factor;
  const t: Time = { amount: round(value), unit: unit.unit, path };
  const label = `${String(amountField.value).trim()} ${unitText.trim()}`.trim();
  if (amount.kind === 'range') ctx.versionNotes.push({ vi: `Kênh ${CHANNEL_VI[channel]}: thời hạn ghi là khoảng "${label}"; lấy mức tối đa ${durationText(t)}.`, en: `Channel ${channel}: the time is a range "${label}"; its maximum, ${durationText(t)}, is taken.` });
  else if (amount.kind === 'text') ctx.versionNotes.push({ vi: `Kênh ${CHANNEL_VI[channel]}: thời hạn đọc từ chữ "${label}" là ${durationText(t)} (số lớn nhất được ghi).`, en: `Channel ${channel}: the time "${label}" is read as ${durationText(t)} (the largest number written).` });
  else if (!Number.isInteger(t.amount)) ctx.versionNotes.push({ vi: `Kênh ${CHANNEL_VI[channel]}: thời hạn lẻ "${label}" giữ nguyên là ${durationText(t)}.`, en: `Channel ${channel}: the fractional time "${label}" is kept as ${durationText(t)}.` });
  if (unit.note) ctx.versionNotes.push({ vi: `Kênh ${CHANNEL_VI[channel]}: ${unit.note.vi}`, en: `Channel ${channel}: ${unit.note.en}` });
  return t;
}

/** A THOIGIANGIAIQUYET value: a number, a fraction ("1/2"), a range ("10 - 15": its maximum) or text with numbers. */
function amountOf(raw: unknown): { value: number; kind: 'number' | 'range' | 'text' } | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? { value: raw, kind: 'number' } : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = fold(raw).replace(/(\d),(\d)/g, '$1.$2');
  let m = /^(\d+(?:\.\d+)?)$/.exec(s);
  if (m) return positive(Number(m[1]), 'number');
  m = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (m) return positive(Number(m[1]) / Number(m[2]), 'number');
  m = /^(\d+(?:\.\d+)?)\s*(?:-|–|—|den|toi|to)\s*(\d+(?:\.\d+)?)\b/.exec(s);
  if (m) return positive(Math.max(Number(m[1]), Number(m[2])), 'range');
  if (/\bnua\b/.test(s) && !/\d/.test(s)) return { value: 0.5, kind: 'text' };
  const numbers = [...s.matchAll(/\d+(?:\.\d+)?/g)].map((x) => Number(x[0]));
  if (numbers.length > 0) return positive(Math.max(...numbers), /^\d/.test(s) && numbers.length === 1 ? 'number' : 'text');
  return undefined;
}

function positive(value: number, kind: 'number' | 'range' | 'text') {
  return Number.isFinite(value) && value > 0 ? { value, kind } : undefined;
}

/** DONVITINH → a pack unit (and a factor for weeks). */
function unitOf(text: string): { unit: Unit; factor: number; note?: Note } | undefined {
  const s = fold(text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (s === '') return undefined;
  if (/^ngay lam viec\b/.test(s)) return { unit: 'working-days', factor: 1 };
  if (/^gio lam viec\b/.test(s)) return { unit: 'working-hours', factor: 1 };
  if (/^gio\b/.test(s)) return { unit: 'working-hours', factor: 1, note: { vi: 'đơn vị "Giờ" được hiểu là giờ làm việc.', en: 'the unit "Giờ" is read as working hours.' } };
  if (/^tuan lam viec\b/.test(s)) return { unit: 'working-days', factor: 5, note: { vi: 'tuần làm việc được đổi thành 5 ngày làm việc.', en: 'a working week is converted to 5 working days.' } };
  if (/^tuan\b/.test(s)) return { unit: 'calendar-days', factor: 7, note: { vi: 'tuần được đổi thành 7 ngày.', en: 'a week is converted to 7 calendar days.' } };
  if (/^ngay\b/.test(s)) return { unit: 'calendar-days', factor: 1 };
  return undefined;
}

function durationText(t: { amount: number; unit: Unit }): string {
  return `${t.amount} ${t.unit}`;
}

// ---- components ----------------------------------------------------------------------------------

interface Draft {
  key: string;
  code: string;
  name: string;
  forms: ProcedureComponent['forms'];
  quantity: number;
  cases: Set<number>;
  notes: Note[];
}

function componentsOf(record: Json, ctx: Ctx): ProcedureComponent[] {
  const parts = get(record, 'THANHPHANHOSO');
  if (parts === undefined) {
    ctx.versionNotes.push({ vi: 'CSDL quốc gia không ghi thành phần hồ sơ.', en: 'The national data lists no dossier components.' });
    return [];
  }
  const cases = listOf(parts.value);
  if (!Array.isArray(parts.value)) ctx.issues.push(badField([...ctx.path, parts.key], summary(parts.value), say(ctx, 'danh sách trường hợp (TRUONGHOP, GIAYTO)', 'a list of cases (TRUONGHOP, GIAYTO)'), ctx.lang));
  const drafts: Draft[] = [];
  const caseNames: string[] = [];
  const taken = new Set<string>();
  for (const [group, i] of cases) {
    const groupPath = [...ctx.path, parts.key, i];
    if (!isObject(group)) {
      ctx.issues.push(badField(groupPath, summary(group), say(ctx, 'một trường hợp (TRUONGHOP, GIAYTO) hoặc một giấy tờ (TENGIAYTO)', 'a case (TRUONGHOP, GIAYTO) or a document (TENGIAYTO)'), ctx.lang));
      continue;
    }
    // Some feeds list the documents directly, without the case level.
    const docs = get(group, 'GIAYTO');
    const caseName = clean(String(get(group, 'TRUONGHOP')?.value ?? ''));
    caseNames[i] = caseName;
    const entries: [unknown, Path][] = docs === undefined ? [[group, groupPath]] : listOf(docs.value).map(([d, j]) => [d, [...groupPath, docs.key, j]]);
    if (docs !== undefined && !Array.isArray(docs.value)) ctx.issues.push(badField([...groupPath, docs.key], summary(docs.value), say(ctx, 'danh sách giấy tờ', 'a list of documents'), ctx.lang));
    for (const [doc, docPath] of entries) {
      const draft = componentOf(doc, docPath, ctx);
      if (!draft) continue;
      const same = drafts.find((d) => d.key === draft.key);
      if (same) {
        same.cases.add(i);
        continue;
      }
      draft.cases.add(i);
      let code = draft.code;
      for (let n = 2; taken.has(code); n++) code = `${draft.code}-${n}`;
      taken.add(code);
      draft.code = code;
      drafts.push(draft);
    }
  }
  const caseCount = cases.filter(([g]) => isObject(g) && get(g, 'GIAYTO') !== undefined).length;
  return drafts.map((d) => {
    const optional = /\bneu co\b|\btruong hop\b.*\bthi\b/.test(fold(d.name));
    const inAll = caseCount <= 1 || d.cases.size >= caseCount;
    const notes = [...d.notes];
    if (!inAll) {
      const names = [...d.cases].map((i) => caseNames[i] || `#${i + 1}`);
      notes.push({ vi: `Chỉ thuộc trường hợp: ${names.join('; ')}.`, en: `Only in the case(s): ${names.join('; ')}.` });
    }
    if (optional) notes.push({ vi: 'Tên giấy tờ ghi "nếu có"/theo trường hợp: coi là không bắt buộc.', en: 'The name says "if any"/depends on the case: read as not required.' });
    return { code: d.code, name: d.name, required: inAll && !optional, forms: d.forms, quantity: d.quantity, ...(notes.length > 0 ? { note: joinNotes(notes) } : {}) };
  });
}

function componentOf(doc: unknown, path: Path, ctx: Ctx): Draft | undefined {
  if (!isObject(doc)) {
    ctx.issues.push(badField(path, summary(doc), say(ctx, 'một giấy tờ (TENGIAYTO, SOBANCHINH, SOBANSAO)', 'a document (TENGIAYTO, SOBANCHINH, SOBANSAO)'), ctx.lang));
    return undefined;
  }
  const nameField = get(doc, 'TENGIAYTO');
  const name = typeof nameField?.value === 'string' ? clean(nameField.value) : '';
  if (name === '') {
    ctx.issues.push(createIssue('RECORD_MISSING_FIELD', { field: 'TENGIAYTO' }, { path, lang: ctx.lang }));
    return undefined;
  }
  const count = (key: string): number | undefined => {
    const f = get(doc, key);
    if (f === undefined || f.value === null || f.value === '') return 0;
    const n = typeof f.value === 'number' ? f.value : typeof f.value === 'string' && /^\s*\d+\s*$/.test(f.value) ? Number(f.value) : NaN;
    if (!Number.isInteger(n) || n < 0) {
      ctx.issues.push(badField([...path, f.key], summary(f.value), say(ctx, 'một số nguyên không âm', 'a non-negative whole number'), ctx.lang));
      return undefined;
    }
    return n;
  };
  const originals = count('SOBANCHINH');
  const copies = count('SOBANSAO');
  if (originals === undefined || copies === undefined) return undefined;
  const notes: Note[] = [];
  const folded = fold(name);
  // A plain copy is only enough where the text says the original is shown for comparison, or a photocopy will do.
  const plainCopy = /doi chieu|ban chup|ban photo|photocopy/.test(folded);
  const copyForm = plainCopy ? 'copy' : 'certified-copy';
  let forms: ProcedureComponent['forms'];
  if (originals === 0 && copies === 0) {
    forms = ['original'];
    notes.push({ vi: 'CSDL quốc gia không ghi số bản chính/bản sao; coi là 1 bản chính.', en: 'The national data gives no number of originals or copies; read as 1 original.' });
  } else if (copies === 0) forms = ['original'];
  else if (originals === 0) forms = [copyForm];
  else {
    forms = ['original', copyForm];
    notes.push({ vi: `CSDL quốc gia ghi ${originals} bản chính và ${copies} bản sao; hiểu là nộp bản chính hoặc bản sao.`, en: `The national data gives ${originals} original(s) and ${copies} copy(ies); read as an original or a copy.` });
  }
  const quantity = Math.max(1, originals, copies);
  const template = get(doc, 'TENMAUDON')?.value;
  const url = get(doc, 'URL')?.value;
  if ((typeof template === 'string' && template.trim()) || (typeof url === 'string' && url.trim())) {
    const t = [typeof template === 'string' ? clean(template) : '', typeof url === 'string' ? url.trim() : ''].filter(Boolean).join(' ');
    notes.push({ vi: `Mẫu: ${t}`, en: `Form: ${t}` });
  }
  const nationalCode = get(doc, 'MAGIAYTO')?.value;
  const codeText = typeof nationalCode === 'string' || typeof nationalCode === 'number' ? String(nationalCode).trim() : '';
  let code = codeText ? kebab(codeText) : slug(name);
  if (code === '' || /^\d/.test(code)) code = `gt-${code || 'x'}`.replace(/-$/, '');
  return { key: codeText || folded, code, name, forms, quantity, cases: new Set(), notes };
}

// ---- fees ----------------------------------------------------------------------------------------

interface FeeDraft {
  name: string;
  kind: 'fee' | 'charge';
  per: string | undefined;
  amounts: Map<Channel, number>;
  kindGuessed: boolean;
}

function feesOf(ways: unknown, path: Path, ctx: Ctx) {
  const drafts: FeeDraft[] = [];
  const free = new Set<string>();
  const unpriced = new Set<string>();
  for (const [way, i] of listOf(ways)) {
    if (!isObject(way)) continue;
    const channel = channelOf(get(way, 'KENH')?.value);
    if (channel === undefined) continue;
    const slots = get(way, 'THOIGIAN');
    // PHILEPHI sits in each THOIGIAN entry; one importer also reads it on the channel itself.
    const lists: [unknown, Path][] = [];
    const own = get(way, 'PHILEPHI');
    if (own) lists.push([own.value, [...path, i, own.key]]);
    for (const [slot, j] of listOf(slots?.value)) {
      const f = isObject(slot) ? get(slot, 'PHILEPHI') : undefined;
      if (f) lists.push([f.value, [...path, i, slots!.key, j, f.key]]);
    }
    for (const [list] of lists) {
      for (const [fee] of listOf(list)) {
        if (!isObject(fee)) continue;
        const description = clean(String((get(fee, 'TENPHILEPHI') ?? get(fee, 'MOTA'))?.value ?? ''));
        const name = description || 'Phí, lệ phí';
        const amount = moneyOf(get(fee, 'SOTIEN')?.value);
        const unitText = clean(String(get(fee, 'DONVI')?.value ?? ''));
        const folded = fold(`${description}`);
        if (amount === 'free' || amount === 0) {
          free.add(name);
          continue;
        }
        if (amount === undefined || unitText.includes('%')) {
          unpriced.add(`${name}${get(fee, 'SOTIEN')?.value !== undefined ? `: ${String(get(fee, 'SOTIEN')!.value)} ${unitText}`.trimEnd() : ''}`);
          continue;
        }
        const slash = unitText.indexOf('/');
        const perText = slash >= 0 ? unitText.slice(slash + 1).trim() : '';
        const per = perText && !/^ho so$/.test(fold(perText)) ? perText.toLowerCase() : undefined;
        const kind = /^le phi|^mien le phi/.test(folded) ? 'charge' : /^phi\b/.test(folded) ? 'fee' : folded.includes('le phi') ? 'charge' : 'fee';
        const kindGuessed = !/\bphi\b/.test(folded);
        let draft = drafts.find((d) => d.name === name && d.kind === kind && d.per === per);
        if (!draft) {
          draft = { name, kind, per, amounts: new Map(), kindGuessed };
          drafts.push(draft);
        }
        draft.amounts.set(channel, Math.max(amount, draft.amounts.get(channel) ?? 0));
      }
    }
  }
  if (free.size > 0) ctx.versionNotes.push({ vi: `Miễn phí, lệ phí theo CSDL quốc gia: ${[...free].join('; ')}.`, en: `No fee per the national data: ${[...free].join('; ')}.` });
  if (unpriced.size > 0) ctx.versionNotes.push({ vi: `Phí, lệ phí không ghi số tiền cố định (chưa nhập): ${[...unpriced].join('; ')}.`, en: `Fees without a fixed amount (not imported): ${[...unpriced].join('; ')}.` });
  return drafts.map((d) => {
    const amounts = [...d.amounts.values()];
    const amount = Math.max(...amounts);
    const notes: Note[] = [];
    if (new Set(amounts).size > 1) {
      const list = [...d.amounts].map(([c, a]) => `${c} ${a}`).join(', ');
      notes.push({ vi: `Số tiền khác nhau theo kênh (${list}); ghi mức cao nhất.`, en: `The amount differs by channel (${list}); the highest is given.` });
    }
    if (d.kindGuessed) notes.push({ vi: 'CSDL quốc gia không nói là phí hay lệ phí; tạm ghi là phí.', en: 'The national data does not say whether this is a fee or a charge; recorded as a fee.' });
    const citation: { doc: string; ref: string; note?: string } = { doc: NATIONAL_CATALOGUE_DOC, ref: ctx.code };
    if (notes.length > 0) citation.note = notes.map((n) => n[ctx.lang]).join(' ');
    return { name: d.name, kind: d.kind, amount, ...(d.per !== undefined ? { per: d.per } : {}), citation };
  });
}

/** SOTIEN: a number, "50.000", "50,000 đồng", "Không"/"Miễn phí" (free); `undefined` when it is no amount. */
function moneyOf(raw: unknown): number | 'free' | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = fold(raw)
    .replace(/\b(vnd|vn d|dong|d)\b\.?/g, '')
    .replace(/\s+/g, '')
    .trim();
  if (s === '') return undefined;
  if (/^(khong|mien|mienphi|mienlephi|khongthu|0+)$/.test(s)) return 'free';
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  if (/^\d+$/.test(s)) return Number(s);
  return undefined;
}

// ---- legal bases and requirements ------------------------------------------------------------------

function legalBases(record: Json, ctx: Ctx): void {
  const bases = listOf(get(record, 'CANCUPHAPLY')?.value)
    .map(([item]) => {
      if (typeof item === 'string') return clean(item);
      if (!isObject(item)) return '';
      const number = clean(String(get(item, 'SOVANBAN')?.value ?? ''));
      const title = clean(String(get(item, 'TENVANBAN')?.value ?? ''));
      const date = clean(String(get(item, 'NGAYBANHANH')?.value ?? ''));
      return [number, title].filter(Boolean).join(' ') + (date ? ` (${date})` : '');
    })
    .filter(Boolean);
  if (bases.length > 0) ctx.versionNotes.push({ vi: `Căn cứ pháp lý: ${bases.join('; ')}.`, en: `Legal bases: ${bases.join('; ')}.` });
}

function requirements(record: Json, ctx: Ctx): void {
  const text = get(record, 'YEUCAU')?.value ?? get(record, 'YEUCAUDIEUKIEN')?.value;
  if (typeof text === 'string' && clean(text) !== '' && !/^khong\b/.test(fold(text).trim())) {
    ctx.versionNotes.push({ vi: `Yêu cầu, điều kiện (chưa chuyển thành quy tắc eligibility): ${clean(text)}`, en: `Requirements (not turned into eligibility rules): ${clean(text)}` });
  }
}

// ---- YAML ------------------------------------------------------------------------------------------

/** Options of {@link proceduresToYaml}. */
export interface ProceduresYamlOptions {
  /** Where the data came from (a file name), for the header comment. */
  readonly source?: string | undefined;
}

/**
 * The text of a pack file holding `procedures:`, with a header comment saying where the rows came
 * from, that their citations must be reviewed, and that the pack must declare the `CSDL-TTHC`
 * document they cite.
 */
export function proceduresToYaml(procedures: readonly Procedure[], options: ProceduresYamlOptions = {}): string {
  const doc = new Document({ procedures });
  // Small mappings and lists read best on one line, as in the hand-written packs.
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if ((key === 'citation' || key === 'clock' || key === 'channels' || key === 'forms') && (isMap(pair.value) || isSeq(pair.value))) {
        if (!(isSeq(pair.value) && pair.value.items.some((i) => isMap(i)))) pair.value.flow = true;
      }
    },
  });
  const header = [
    ` Procedures imported from the national TTHC database (Cơ sở dữ liệu quốc gia về thủ tục hành chính),`,
    ` DVCQG operations LayDanhSachTTHC / LayThuTuc${options.source ? `, file ${options.source}` : ''}, by motcua importNationalCatalogue.`,
    ' A machine import: review every citation, processing time, component and fee against the decision',
    ' that published the procedure (quyết định công bố) before relying on it, then drop or raise `confidence`.',
    ` Every row cites {doc: ${NATIONAL_CATALOGUE_DOC}, ref: <code>}: declare the document under documents: in this pack, e.g.`,
    '   documents:',
    `     - code: ${NATIONAL_CATALOGUE_DOC}`,
    '       title: Cơ sở dữ liệu quốc gia về thủ tục hành chính',
    '       kind: dataset',
    '       url: https://csdl.dichvucong.gov.vn',
    '       confidence: secondary',
  ];
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

// ---- helpers ---------------------------------------------------------------------------------------

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of `name` in `obj`, matching the key case-insensitively; `key` is the key as written. */
function get(obj: Json, name: string): { key: string; value: unknown } | undefined {
  if (Object.hasOwn(obj, name)) return { key: name, value: obj[name] };
  const upper = name.toUpperCase();
  for (const key of Object.keys(obj)) if (key.toUpperCase() === upper) return { key, value: obj[key] };
  return undefined;
}

/** The items of a list with their indices; a lone object counts as a list of one; nothing is empty. */
function listOf(value: unknown): [unknown, number][] {
  if (Array.isArray(value)) return value.map((v, i) => [v, i]);
  if (value === undefined || value === null || value === '') return [];
  return [[value, 0]];
}

/** Lowercase ASCII without diacritics, spaces collapsed. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function kebab(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short id from a document's name: its first six words. */
function slug(name: string): string {
  return kebab(name).split('-').filter(Boolean).slice(0, 6).join('-');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function joinNotes(notes: readonly Note[]): Text {
  return { vi: notes.map((n) => n.vi).join(' '), en: notes.map((n) => n.en).join(' ') };
}

function say(ctx: Ctx, vi: string, en: string): string {
  return ctx.lang === 'vi' ? vi : en;
}

function badField(path: Path, value: unknown, expected: string, lang: Lang, severity: 'error' | 'warning' = 'error'): Issue {
  // The last key with the indices after it: "ThanhPhanHoSo.2", "SOBANCHINH".
  let start = path.length - 1;
  while (start > 0 && typeof path[start] === 'number') start--;
  const field = path.length > 0 ? path.slice(start).join('.') : '(input)';
  return createIssue('RECORD_BAD_FIELD', { field, value: typeof value === 'string' ? value : summary(value), expected }, { path, severity, lang });
}

function summary(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function pathText(path: Path): string {
  return path.length > 0 ? path.join('.') : '(input)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const step of path) node = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[step] : undefined;
  return node;
}
