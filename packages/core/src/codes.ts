/**
 * The single table of codes that motcua reports: every issue (an expected failure returned as a
 * value) and every {@link MotcuaError} (a programmer error) carries one of these. Codes are stable:
 * integrators match on them, and `docs/errors.md` documents each one.
 */

/** The language of a message. */
export type Lang = 'vi' | 'en';

/** Parameters interpolated into a message. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

type Message = (p: MessageParams) => string;

interface CodeEntry {
  /** Who is at fault, which also fixes the CLI exit code: input → 2, pack → 3, program → 1. */
  readonly area: 'input' | 'pack' | 'program';
  readonly vi: Message;
  readonly en: Message;
}

/** Names of the things a name can designate, for messages. */
const THINGS: Record<string, Record<Lang, string>> = {
  unit: { vi: 'đơn vị', en: 'unit' },
  agency: { vi: 'cơ quan', en: 'agency' },
  area: { vi: 'địa bàn', en: 'area' },
  phase: { vi: 'giai đoạn', en: 'phase' },
  regime: { vi: 'chế độ pháp lý', en: 'legal regime' },
  procedure: { vi: 'thủ tục', en: 'procedure' },
};
const thing = (kind: string | number | undefined, lang: Lang) => THINGS[String(kind)]?.[lang] ?? String(kind);

export const CODES = {
  // ---- rule packs: reading and structure --------------------------------------------------
  PACK_NOT_FOUND: {
    area: 'pack',
    vi: (p) => `Không tìm thấy gói quy tắc tại "${p.path}".`,
    en: (p) => `No rule pack found at "${p.path}".`,
  },
  PACK_READ_FAILED: {
    area: 'pack',
    vi: (p) => `Không đọc được tệp: ${p.detail}.`,
    en: (p) => `The file could not be read: ${p.detail}.`,
  },
  PACK_NO_MANIFEST: {
    area: 'pack',
    vi: () => 'Gói quy tắc thiếu khối "pack:" (thường nằm trong pack.yaml).',
    en: () => 'The rule pack has no "pack:" block (normally in pack.yaml).',
  },
  PACK_DUPLICATE_MANIFEST: {
    area: 'pack',
    vi: (p) => `Khối "pack:" đã được khai báo trong ${p.other}.`,
    en: (p) => `The "pack:" block is already declared in ${p.other}.`,
  },
  PACK_YAML_SYNTAX: {
    area: 'pack',
    vi: (p) => `Lỗi cú pháp YAML: ${p.detail}`,
    en: (p) => `YAML syntax error: ${p.detail}`,
  },
  PACK_NOT_A_MAPPING: {
    area: 'pack',
    vi: () => 'Tệp quy tắc phải là một ánh xạ YAML (các khóa như "units:", "agencies:").',
    en: () => 'A rule file must be a YAML mapping (keys such as "units:", "agencies:").',
  },
  PACK_UNKNOWN_KEY: {
    area: 'pack',
    vi: (p) => `Khóa không được nhận dạng: "${p.key}".${p.suggestion ? ` Có phải ý bạn là "${p.suggestion}"?` : ''}`,
    en: (p) => `Unrecognised key "${p.key}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  },
  PACK_MISSING_FIELD: {
    area: 'pack',
    vi: (p) => `Thiếu trường bắt buộc "${p.field}".`,
    en: (p) => `Required field "${p.field}" is missing.`,
  },
  PACK_INVALID_VALUE: {
    area: 'pack',
    vi: (p) => `Giá trị không hợp lệ: ${p.detail}`,
    en: (p) => `Invalid value: ${p.detail}`,
  },
  PACK_INVALID_CHOICE: {
    area: 'pack',
    vi: (p) => `${p.value} không phải một trong: ${p.choices}.${p.suggestion ? ` Có phải ý bạn là "${p.suggestion}"?` : ''}`,
    en: (p) => `${p.value} is not one of: ${p.choices}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  },
  PACK_FORMAT_VERSION: {
    area: 'pack',
    vi: (p) => `Phiên bản định dạng ${p.found} không được hỗ trợ; phiên bản hỗ trợ: ${p.supported}.`,
    en: (p) => `Format version ${p.found} is not supported; supported: ${p.supported}.`,
  },
  // ---- rule packs: meaning (linter) -------------------------------------------------------
  PACK_DUPLICATE_ID: {
    area: 'pack',
    vi: (p) => `Mã "${p.id}" bị trùng (${p.collection}); lần đầu tại ${p.other}.`,
    en: (p) => `Duplicate id "${p.id}" in ${p.collection}; first declared at ${p.other}.`,
  },
  PACK_UNKNOWN_REF: {
    area: 'pack',
    vi: (p) => `"${p.field}" tham chiếu "${p.ref}" không tồn tại trong ${p.collection}.${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''}`,
    en: (p) => `"${p.field}" refers to "${p.ref}", which is not in ${p.collection}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  },
  PACK_REF_NOT_IN_FORCE: {
    area: 'pack',
    vi: (p) => `"${p.field}" tham chiếu "${p.ref}", nhưng "${p.ref}" không còn hiệu lực trong toàn bộ thời gian ${p.from}–${p.to}.`,
    en: (p) => `"${p.field}" refers to "${p.ref}", which is not in force for the whole of ${p.from}–${p.to}.`,
  },
  PACK_MISSING_CITATION: {
    area: 'pack',
    vi: (p) => `Thiếu căn cứ pháp lý (citation) cho ${p.what}.`,
    en: (p) => `${p.what} has no citation (legal basis).`,
  },
  PACK_UNKNOWN_DOCUMENT: {
    area: 'pack',
    vi: (p) => `Văn bản "${p.doc}" chưa được khai báo trong "documents:".${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''}`,
    en: (p) => `Document "${p.doc}" is not declared under "documents:".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  },
  PACK_BAD_INTERVAL: {
    area: 'pack',
    vi: (p) => `Khoảng thời gian sai: ngày kết thúc (${p.to}) trước ngày bắt đầu (${p.from}).`,
    en: (p) => `Invalid interval: its end (${p.to}) is before its start (${p.from}).`,
  },
  PACK_DATED_ORDER: {
    area: 'pack',
    vi: (p) => `Giá trị theo ngày ${p.date} nằm ngoài khoảng hiệu lực của dòng (${p.from}–${p.to}).`,
    en: (p) => `Dated value ${p.date} falls outside the row's validity (${p.from}–${p.to}).`,
  },
  PACK_ALIAS_AMBIGUOUS: {
    area: 'pack',
    vi: (p) => `Tên "${p.name}" dùng cho cả "${p.id}" và "${p.other}" trong cùng thời gian (${p.collection}).`,
    en: (p) => `Name "${p.name}" means both "${p.id}" and "${p.other}" at the same time (${p.collection}).`,
  },
  PACK_SELF_PREDECESSOR: {
    area: 'pack',
    vi: (p) => `"${p.id}" nằm trong chuỗi tiền thân của chính nó.`,
    en: (p) => `"${p.id}" is in its own chain of predecessors.`,
  },
  PACK_PHASE_OVERLAP: {
    area: 'pack',
    vi: (p) => `Giai đoạn "${p.id}" chồng lấn giai đoạn "${p.other}" (${p.from}–${p.to}).`,
    en: (p) => `Phase "${p.id}" overlaps phase "${p.other}" (${p.from}–${p.to}).`,
  },
  PACK_REGIME_GAP: {
    area: 'pack',
    vi: (p) => `Không có chế độ pháp lý nào có hiệu lực từ ${p.from} đến ${p.to}.`,
    en: (p) => `No legal regime is in force from ${p.from} to ${p.to}.`,
  },
  PACK_PHASE_GAP: {
    area: 'pack',
    vi: (p) => `Không có giai đoạn nào từ ${p.from} đến ${p.to}; hãy khai báo một giai đoạn chuyển tiếp (kind: interim).`,
    en: (p) => `No phase is in force from ${p.from} to ${p.to}; declare an interim phase (kind: interim).`,
  },
  PACK_JUR_OVERLAP: {
    area: 'pack',
    vi: (p) => `Dòng thẩm quyền "${p.id}" trùng phạm vi với dòng "${p.other}" (cùng đơn vị, cơ sở và thời gian).`,
    en: (p) => `Jurisdiction row "${p.id}" repeats row "${p.other}" (same receiver, basis, scope and overlapping dates).`,
  },
  PACK_JUR_CONTRADICTION: {
    area: 'pack',
    vi: (p) => `Dòng cho phép "${p.id}" bị dòng loại trừ "${p.other}" xóa hoàn toàn trong cùng phạm vi.`,
    en: (p) => `Allow row "${p.id}" is cancelled entirely by deny row "${p.other}" with the same scope.`,
  },
  PACK_JUR_NEVER: {
    area: 'pack',
    vi: (p) => `Điều kiện của dòng "${p.id}" không bao giờ thỏa: ${p.detail}.`,
    en: (p) => `The conditions of row "${p.id}" can never hold: ${p.detail}.`,
  },
  PACK_JUR_NO_RECEIVER: {
    area: 'pack',
    vi: (p) => `Cơ quan "${p.agency}" không có đơn vị tiếp nhận nào (kênh ${p.channel}) từ ngày ${p.date}.`,
    en: (p) => `Agency "${p.agency}" has no receiver (channel ${p.channel}) from ${p.date}.`,
  },
  PACK_HOME_BRANCH: {
    area: 'pack',
    vi: (p) => `Địa bàn "${p.area}" có ${p.count} Chi nhánh phụ trách vào ngày ${p.date} (phải đúng 1)${p.branches ? `: ${p.branches}` : ''}.`,
    en: (p) => `Area "${p.area}" has ${p.count} home branches on ${p.date} (exactly 1 expected)${p.branches ? `: ${p.branches}` : ''}.`,
  },
  PACK_REGISTER_REF: {
    area: 'pack',
    vi: (p) => `Mục sổ đăng ký "${p.ref}" không tồn tại.`,
    en: (p) => `Register entry "${p.ref}" does not exist.`,
  },
  PACK_KPI_GROUP_SUM: {
    area: 'pack',
    vi: (p) => `Các chỉ tiêu của nhóm "${p.group}" (bộ chỉ số "${p.id}") cộng lại ${p.sum} điểm, khác điểm tối đa của nhóm (${p.max}).`,
    en: (p) => `The indicators of group "${p.group}" of index "${p.id}" add up to ${p.sum} points, not the group's maximum of ${p.max}.`,
  },
  PACK_KPI_TOTAL: {
    area: 'pack',
    vi: (p) => `Các nhóm của bộ chỉ số "${p.id}" cộng lại ${p.sum} điểm, khác tổng điểm ${p.total}.`,
    en: (p) => `The groups of index "${p.id}" add up to ${p.sum} points, not its total of ${p.total}.`,
  },
  PACK_KPI_OVERLAP: {
    area: 'pack',
    vi: (p) => `Hai phiên bản "${p.id}" và "${p.other}" của bộ chỉ số "${p.index}" cùng có hiệu lực từ ${p.from} đến ${p.to}.`,
    en: (p) => `Versions "${p.id}" and "${p.other}" of index "${p.index}" are both in force from ${p.from} to ${p.to}.`,
  },
  PACK_KPI_NO_TARGET: {
    area: 'pack',
    vi: (p) => `Chỉ tiêu "${p.indicator}" (bộ chỉ số "${p.id}") quy đổi điểm theo mục tiêu (proportional-to-target) nhưng không có target.`,
    en: (p) => `Indicator "${p.indicator}" of index "${p.id}" is scored proportional-to-target but has no target.`,
  },
  PACK_KPI_MONITORING_POINTS: {
    area: 'pack',
    vi: (p) => `Chỉ tiêu "${p.indicator}" (bộ chỉ số "${p.id}") chỉ để theo dõi (monitoring) nhưng có ${p.max} điểm tối đa; phải là 0.`,
    en: (p) => `Indicator "${p.indicator}" of index "${p.id}" is monitoring only but has a maximum of ${p.max} points; it must be 0.`,
  },
  PACK_KPI_DUPLICATE_INDICATOR: {
    area: 'pack',
    vi: (p) => `Mã chỉ tiêu "${p.indicator}" xuất hiện hai lần trong bộ chỉ số "${p.id}" (${p.group === p.other ? `cùng trong nhóm ${p.group}` : `ở nhóm ${p.other} và nhóm ${p.group}`}).`,
    en: (p) => `Indicator id "${p.indicator}" appears twice in index "${p.id}" (${p.group === p.other ? `both in group ${p.group}` : `in groups ${p.other} and ${p.group}`}).`,
  },
  // ---- rule packs: the procedure catalogue (`procedures:`) ---------------------------------
  PACK_PROC_DUPLICATE_CODE: {
    area: 'pack',
    vi: (p) => `Mã TTHC quốc gia "${p.code}" của thủ tục "${p.id}" đã được dùng cho thủ tục "${p.other}".`,
    en: (p) => `National procedure code "${p.code}" of procedure "${p.id}" is already used by procedure "${p.other}".`,
  },
  PACK_PROC_AGENCY_NOT_IN_FORCE: {
    area: 'pack',
    vi: (p) => `Thủ tục "${p.id}" giao cho cơ quan "${p.agency}", nhưng cơ quan này không có hiệu lực ngày ${p.date}, trong phiên bản ${p.from}–${p.to}.`,
    en: (p) => `Procedure "${p.id}" names agency "${p.agency}", which is not in force on ${p.date}, within its version ${p.from}–${p.to}.`,
  },
  PACK_PROC_VERSION_OVERLAP: {
    area: 'pack',
    vi: (p) => `Hai phiên bản của thủ tục "${p.id}" (từ ${p.other} và từ ${p.version}) cùng có hiệu lực từ ${p.from} đến ${p.to}.`,
    en: (p) => `Two versions of procedure "${p.id}" (from ${p.other} and from ${p.version}) are both in force from ${p.from} to ${p.to}.`,
  },
  PACK_PROC_VERSION_ORDER: {
    area: 'pack',
    vi: (p) => `Phiên bản từ ${p.version} của thủ tục "${p.id}" được ghi sau phiên bản từ ${p.other}; hãy ghi các phiên bản theo thứ tự thời gian, cũ trước.`,
    en: (p) => `The version from ${p.version} of procedure "${p.id}" is listed after the version from ${p.other}; list versions oldest first.`,
  },
  PACK_PROC_DUPLICATE_COMPONENT: {
    area: 'pack',
    vi: (p) => `Mã thành phần hồ sơ "${p.component}" xuất hiện hai lần trong phiên bản từ ${p.version} của thủ tục "${p.id}".`,
    en: (p) => `Component code "${p.component}" appears twice in the version from ${p.version} of procedure "${p.id}".`,
  },
  PACK_PROC_DUPLICATE_RULE: {
    area: 'pack',
    vi: (p) => `Mã điều kiện "${p.rule}" xuất hiện hai lần trong phiên bản từ ${p.version} của thủ tục "${p.id}".`,
    en: (p) => `Eligibility rule id "${p.rule}" appears twice in the version from ${p.version} of procedure "${p.id}".`,
  },
  PACK_PROC_CHANNEL_TIME: {
    area: 'pack',
    vi: (p) => `Phiên bản từ ${p.version} của thủ tục "${p.id}" ghi thời hạn cho kênh "${p.channel}" nhưng không nhận hồ sơ qua kênh này (channels).`,
    en: (p) => `The version from ${p.version} of procedure "${p.id}" gives a processing time for channel "${p.channel}", which is not among its channels.`,
  },
  PACK_PROC_NO_COMPONENTS: {
    area: 'pack',
    vi: (p) => `Phiên bản từ ${p.version} của thủ tục "${p.id}" không có thành phần hồ sơ nào.`,
    en: (p) => `The version from ${p.version} of procedure "${p.id}" lists no dossier components.`,
  },
  // ---- user input -------------------------------------------------------------------------
  INPUT_UNKNOWN_NAME: {
    area: 'input',
    vi: (p) => `Không tìm thấy ${thing(p.kind, 'vi')} "${p.name}".${p.candidates ? ` Gần nhất: ${p.candidates}.` : ''}`,
    en: (p) => `No ${thing(p.kind, 'en')} named "${p.name}".${p.candidates ? ` Closest: ${p.candidates}.` : ''}`,
  },
  INPUT_AMBIGUOUS_NAME: {
    area: 'input',
    vi: (p) => `"${p.name}" khớp với nhiều ${thing(p.kind, 'vi')}: ${p.candidates}. Hãy dùng mã (id).`,
    en: (p) => `"${p.name}" matches more than one ${thing(p.kind, 'en')}: ${p.candidates}. Use the id.`,
  },
  INPUT_BAD_TIME: {
    area: 'input',
    vi: (p) => `"${p.value}" không phải ngày/giờ ISO 8601 (ví dụ 2025-05-12 hoặc 2025-05-12T09:30).`,
    en: (p) => `"${p.value}" is not an ISO 8601 date or date-time (e.g. 2025-05-12 or 2025-05-12T09:30).`,
  },
  INPUT_UNKNOWN_OPTION: {
    area: 'input',
    vi: (p) => `Tùy chọn không tồn tại: ${p.option}. Xem "motcua help".`,
    en: (p) => `Unknown option ${p.option}. See "motcua help".`,
  },
  INPUT_OPTION_VALUE: {
    area: 'input',
    vi: (p) => `Tùy chọn ${p.option} cần một giá trị.`,
    en: (p) => `Option ${p.option} needs a value.`,
  },
  INPUT_BAD_VALUE: {
    area: 'input',
    vi: (p) => `Tùy chọn ${p.option} có giá trị "${p.value}" không hợp lệ; cần ${p.expected}.`,
    en: (p) => `Option ${p.option} has the invalid value "${p.value}"; expected ${p.expected}.`,
  },
  INPUT_UNEXPECTED_ARGUMENT: {
    area: 'input',
    vi: (p) => `Đối số thừa: "${p.value}". Cách dùng: motcua ${p.usage}`,
    en: (p) => `Unexpected argument "${p.value}". Usage: motcua ${p.usage}`,
  },
  INPUT_BAD_CHOICE: {
    area: 'input',
    vi: (p) => `${p.option} phải là một trong: ${p.choices} (nhận được "${p.value}").`,
    en: (p) => `${p.option} must be one of: ${p.choices} (got "${p.value}").`,
  },
  INPUT_UNKNOWN_COMMAND: {
    area: 'input',
    vi: (p) => `Lệnh không tồn tại: "${p.command}".${p.suggestion ? ` Có phải "${p.suggestion}"?` : ''} Xem "motcua help".`,
    en: (p) => `Unknown command "${p.command}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''} See "motcua help".`,
  },
  INPUT_MISSING_ARGUMENT: {
    area: 'input',
    vi: (p) => `Thiếu đối số. Cách dùng: motcua ${p.usage}`,
    en: (p) => `Missing argument. Usage: motcua ${p.usage}`,
  },
  INPUT_BAD_DURATION: {
    area: 'input',
    vi: (p) => `"${p.value}" không phải thời hạn hợp lệ; dùng "N working-days", "N working-hours" hoặc "N calendar-days" (hoặc "N ngày làm việc", "N giờ làm việc", "N ngày").`,
    en: (p) => `"${p.value}" is not a processing time; use "N working-days", "N working-hours" or "N calendar-days".`,
  },
  INPUT_BAD_PAUSE: {
    area: 'input',
    vi: (p) => `"${p.value}" không phải khoảng tạm dừng; dùng BẮT_ĐẦU/KẾT_THÚC theo ISO 8601, bắt đầu trước kết thúc (ví dụ 2025-05-12T10:00/2025-05-14T10:00).`,
    en: (p) => `"${p.value}" is not a pause; write START/END in ISO 8601 with START before END (e.g. 2025-05-12T10:00/2025-05-14T10:00).`,
  },
  INPUT_BAD_YEAR: {
    area: 'input',
    vi: (p) => `"${p.value}" không phải năm (ví dụ 2026).`,
    en: (p) => `"${p.value}" is not a year (e.g. 2026).`,
  },
  INPUT_BAD_OPTION_FILE: {
    area: 'input',
    vi: (p) => `Tệp ${p.file} không dùng được: ${p.detail}`,
    en: (p) => `The file ${p.file} cannot be used: ${p.detail}`,
  },
  INPUT_OUTSIDE_COVERAGE: {
    area: 'input',
    vi: (p) => `Ngày ${p.date} nằm ngoài phạm vi của gói quy tắc "${p.pack}" (từ ${p.from}${p.to ? ` đến ${p.to}` : ''}).`,
    en: (p) => `Date ${p.date} is outside the coverage of rule pack "${p.pack}" (from ${p.from}${p.to ? ` to ${p.to}` : ''}).`,
  },
  // ---- dossier records (KPI input) -------------------------------------------------------------
  RECORD_BAD_JSON: {
    area: 'input',
    vi: (p) => `Dòng ${p.line} không phải JSON hợp lệ: ${p.detail}`,
    en: (p) => `Line ${p.line} is not valid JSON: ${p.detail}`,
  },
  RECORD_NOT_OBJECT: {
    area: 'input',
    vi: (p) => `Dòng ${p.line} phải là một đối tượng JSON (một hồ sơ).`,
    en: (p) => `Line ${p.line} must be a JSON object (one dossier).`,
  },
  RECORD_MISSING_FIELD: {
    area: 'input',
    vi: (p) => `Hồ sơ thiếu trường bắt buộc "${p.field}".`,
    en: (p) => `The record lacks the required field "${p.field}".`,
  },
  RECORD_BAD_FIELD: {
    area: 'input',
    vi: (p) => `Trường "${p.field}" có giá trị "${p.value}" không hợp lệ; cần ${p.expected}.`,
    en: (p) => `Field "${p.field}" has the invalid value "${p.value}"; expected ${p.expected}.`,
  },
  RECORD_INCONSISTENT: {
    area: 'input',
    vi: (p) => `Hồ sơ ${p.id} không nhất quán: ${p.detail}`,
    en: (p) => `Record ${p.id} is inconsistent: ${p.detail}`,
  },
  RECORD_BAD_CSV: {
    area: 'input',
    vi: (p) => `Tệp CSV không dùng được: ${p.detail}`,
    en: (p) => `The CSV file cannot be used: ${p.detail}`,
  },
  RECORD_DUPLICATE_ID: {
    area: 'input',
    vi: (p) => `Mã hồ sơ "${p.id}" đã xuất hiện ở dòng ${p.first}; bản ghi sau được dùng.`,
    en: (p) => `Dossier id "${p.id}" already appeared on line ${p.first}; the later record is used.`,
  },
  // ---- intake --------------------------------------------------------------------------------------
  INTAKE_BAD_APPLICATION: {
    area: 'input',
    vi: (p) => `Đơn (hồ sơ nộp) không hợp lệ tại "${p.path}": ${p.detail}`,
    en: (p) => `Invalid application at "${p.path}": ${p.detail}`,
  },
  INPUT_PROCEDURE_NOT_IN_FORCE: {
    area: 'input',
    vi: (p) => `Thủ tục "${p.name}" không có phiên bản có hiệu lực vào ngày ${p.date}${p.versions ? ` (các phiên bản: ${p.versions})` : ''}.`,
    en: (p) => `Procedure "${p.name}" has no version in force on ${p.date}${p.versions ? ` (versions: ${p.versions})` : ''}.`,
  },
  // ---- KPI ---------------------------------------------------------------------------------------
  KPI_BAD_PERIOD: {
    area: 'input',
    vi: (p) => `Kỳ báo cáo không hợp lệ: từ ${p.from} đến ${p.to}.`,
    en: (p) => `Invalid reporting period: from ${p.from} to ${p.to}.`,
  },
  KPI_UNKNOWN_INDEX: {
    area: 'input',
    vi: (p) => `Gói quy tắc không có bộ chỉ số "${p.index}" có hiệu lực ngày ${p.date}${p.known ? ` (có: ${p.known})` : ''}.`,
    en: (p) => `The rule pack has no index "${p.index}" in force on ${p.date}${p.known ? ` (it has: ${p.known})` : ''}.`,
  },
  KPI_SNAPSHOT_MISMATCH: {
    area: 'input',
    vi: (p) => `Số liệu mới không cùng kỳ hoặc cách nhóm với bản chốt: ${p.detail}`,
    en: (p) => `The new figures do not have the frozen snapshot's period or grouping: ${p.detail}`,
  },
  KPI_BAD_SNAPSHOT: {
    area: 'input',
    vi: (p) => `Tệp bản chốt số liệu không hợp lệ: ${p.detail}`,
    en: (p) => `Invalid KPI snapshot file: ${p.detail}`,
  },
  KPI_UNKNOWN_FIGURE: {
    area: 'input',
    vi: (p) => `Không có nhóm "${p.key}" hoặc chỉ tiêu "${p.field}" trong bản chốt để điều chỉnh.`,
    en: (p) => `The snapshot has no group "${p.key}" or figure "${p.field}" to override.`,
  },
  // ---- dossier lifecycle ---------------------------------------------------------------------------
  DOSSIER_EVENT_NOT_ALLOWED: {
    area: 'input',
    vi: (p) => `Sự kiện ${p.event} không được phép khi hồ sơ ở trạng thái "${p.state}"${p.allowed ? ` (được phép: ${p.allowed})` : ''}.`,
    en: (p) => `Event ${p.event} is not allowed in state "${p.state}"${p.allowed ? ` (allowed: ${p.allowed})` : ''}.`,
  },
  DOSSIER_EVENT_BACK_IN_TIME: {
    area: 'input',
    vi: (p) => `Sự kiện ${p.event} lúc ${p.at} trước sự kiện đã ghi nhận gần nhất (${p.last}); sự kiện phải theo thứ tự thời gian.`,
    en: (p) => `Event ${p.event} at ${p.at} is before the last recorded event (${p.last}); events must come in time order.`,
  },
  DOSSIER_APOLOGY_REPEATED: {
    area: 'input',
    vi: (p) => `Hồ sơ đã được xin lỗi và hẹn lại ngày ${p.date} (hẹn mới ${p.due}); chỉ được hẹn lại một lần.`,
    en: (p) => `The dossier was already apologised for on ${p.date} (new appointment ${p.due}); a new appointment may be made only once.`,
  },
  DOSSIER_APOLOGY_TOO_LATE: {
    area: 'input',
    vi: (p) => `Quá muộn để xin lỗi và hẹn lại lúc ${p.at}: phải thực hiện chậm nhất 01 ngày làm việc trước hạn ${p.due} (trước ${p.deadline}).`,
    en: (p) => `Too late to apologise and re-appoint at ${p.at}: it must be done no later than 1 working day before the due date ${p.due} (by ${p.deadline}).`,
  },
  DOSSIER_BAD_REAPPOINTMENT: {
    area: 'input',
    vi: (p) => `Ngày hẹn mới ${p.value} phải sau hạn đang áp dụng ${p.due}.`,
    en: (p) => `The new appointment ${p.value} must be after the due date in force, ${p.due}.`,
  },
  DOSSIER_BAD_CODE: {
    area: 'input',
    vi: (p) => `"${p.value}" không phải mã hồ sơ <mã định danh cơ quan>-YYMMDD-<số thứ tự ≥ 4 chữ số> (Thông tư 03/2025 Điều 13), ví dụ 000.00.01.H26-250812-0001.`,
    en: (p) => `"${p.value}" is not a dossier code <agency electronic id>-YYMMDD-<sequence of 4 or more digits> (Circular 03/2025 Art. 13), e.g. 000.00.01.H26-250812-0001.`,
  },
  DOSSIER_UNKNOWN_MACHINE: {
    area: 'input',
    vi: (p) => `Bản lưu thuộc máy trạng thái "${p.found}", không phải "${p.expected}".`,
    en: (p) => `The stored dossier belongs to machine "${p.found}", not "${p.expected}".`,
  },
  DOSSIER_UNKNOWN_VERSION: {
    area: 'input',
    vi: (p) => `Không khôi phục được bản lưu phiên bản định nghĩa ${p.found}: phiên bản hiện tại là ${p.supported}${p.known ? `, có chuyển đổi từ: ${p.known}` : ''}.`,
    en: (p) => `Cannot restore a dossier stored with definition version ${p.found}: the current version is ${p.supported}${p.known ? `, with migrations from: ${p.known}` : ''}.`,
  },
  DOSSIER_BAD_SNAPSHOT: {
    area: 'input',
    vi: (p) => `Bản lưu hồ sơ không hợp lệ: ${p.detail}`,
    en: (p) => `Invalid stored dossier: ${p.detail}`,
  },
  // ---- programmer errors (thrown as MotcuaError) ----------------------------------------------
  INVALID_ARGUMENT: {
    area: 'program',
    vi: (p) => `Đối số không hợp lệ: ${p.detail}`,
    en: (p) => `Invalid argument: ${p.detail}`,
  },
  INVALID_PACK_DATA: {
    area: 'program',
    vi: (p) => `Dữ liệu gói quy tắc không hợp lệ (hãy nạp qua loadPack để có thông báo chi tiết): ${p.detail}`,
    en: (p) => `Invalid rule-pack data (load it with loadPack for detailed issues): ${p.detail}`,
  },
  CALENDAR_OUT_OF_RANGE: {
    area: 'input',
    vi: (p) => `${p.date} nằm ngoài phạm vi của lịch làm việc (${p.from}–${p.to}).`,
    en: (p) => `${p.date} is outside the working calendar's range (${p.from}–${p.to}).`,
  },
  INTERNAL: {
    area: 'program',
    vi: (p) => `Lỗi nội bộ: ${p.detail}`,
    en: (p) => `Internal error: ${p.detail}`,
  },
} as const satisfies Record<string, CodeEntry>;

/** Every code motcua reports. */
export type Code = keyof typeof CODES;

/** Renders the message of `code` in `lang`. */
export function formatMessage(code: Code, params: MessageParams = {}, lang: Lang = 'en'): string {
  return CODES[code][lang](params);
}

/** Whether `value` is one of the codes of {@link CODES}. */
export function isCode(value: unknown): value is Code {
  return typeof value === 'string' && Object.hasOwn(CODES, value);
}
