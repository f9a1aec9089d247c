import type { Lang } from '@motcua/core';

const LABELS = {
  id: { vi: 'mã', en: 'id' },
  kind: { vi: 'loại', en: 'kind' },
  name: { vi: 'tên', en: 'name' },
  from: { vi: 'từ', en: 'from' },
  to: { vi: 'đến', en: 'to' },
  parent: { vi: 'trực thuộc', en: 'parent' },
  area: { vi: 'địa bàn', en: 'area' },
  areas: { vi: 'địa bàn phụ trách', en: 'home areas' },
  address: { vi: 'địa chỉ', en: 'address' },
  aliases: { vi: 'tên khác', en: 'aliases' },
  agency: { vi: 'cơ quan', en: 'agency' },
  citations: { vi: 'căn cứ', en: 'legal basis' },
  predecessors: { vi: 'tiền thân', en: 'predecessors' },
  successors: { vi: 'kế thừa bởi', en: 'succeeded by' },
  children: { vi: 'đơn vị trực thuộc', en: 'units under it' },
  notes: { vi: 'ghi chú', en: 'notes' },
  register: { vi: 'sổ đăng ký', en: 'register' },
  phase: { vi: 'giai đoạn', en: 'phase' },
  regime: { vi: 'chế độ pháp lý', en: 'legal regime' },
  none: { vi: '(không có)', en: '(none)' },
  open: { vi: '(đang hiệu lực)', en: '(open)' },
  total: { vi: 'tổng', en: 'total' },
  units: { vi: 'đơn vị', en: 'units' },
  branches: { vi: 'chi nhánh', en: 'branches' },
  sites: { vi: 'điểm', en: 'sites' },
  confidence: { vi: 'độ tin cậy', en: 'confidence' },
  number: { vi: 'số hiệu', en: 'number' },
  validity: { vi: 'hiệu lực', en: 'in force' },
  resolvedFrom: { vi: 'tên đã hỏi chỉ', en: 'the name asked for' },
  nameHistory: { vi: 'tên theo thời gian', en: 'names over time' },
  packValid: { vi: 'Gói quy tắc hợp lệ', en: 'The rule pack is valid' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  rows: { vi: 'dòng', en: 'rows' },
  // kpi
  group: { vi: 'nhóm', en: 'group' },
  kpiReceived: { vi: 'tiếp nhận (trực tuyến/trực tiếp)', en: 'received (online/direct)' },
  kpiCarried: { vi: 'kỳ trước', en: 'carried' },
  kpiResolved: { vi: 'đã giải quyết (trước/đúng/quá hạn)', en: 'resolved (early/on time/late)' },
  kpiInProgress: { vi: 'đang giải quyết (trong/quá hạn)', en: 'in progress (within/overdue)' },
  kpiPaused: { vi: 'tạm dừng', en: 'paused' },
  kpiRefused: { vi: 'từ chối', en: 'refused' },
  kpiWithdrawn: { vi: 'rút', en: 'withdrawn' },
  kpiOnTimeRate: { vi: 'đúng hạn', en: 'on time' },
  kpiIndex21: { vi: '766 2.1', en: '766 2.1' },
  kpiTotal: { vi: 'Tổng', en: 'Total' },
  linesSkipped: { vi: 'dòng bị bỏ qua', en: 'lines skipped' },
  recordsRead: { vi: 'hồ sơ đọc được', en: 'records read' },
  notComputable: { vi: 'không tính được từ dữ liệu hồ sơ', en: 'not computable from dossier records' },
  noData: { vi: 'không có dữ liệu trong kỳ', en: 'no data in the period' },
  noBranch: { vi: 'đơn vị không thuộc chi nhánh nào', en: 'units outside any branch' },
  // procedures
  procedureCode: { vi: 'mã TTHC', en: 'code' },
  level: { vi: 'cấp', en: 'level' },
  duration: { vi: 'thời hạn', en: 'processing time' },
  components: { vi: 'thành phần hồ sơ', en: 'components' },
  required: { vi: 'bắt buộc', en: 'required' },
  optional: { vi: 'không bắt buộc', en: 'optional' },
  fees: { vi: 'phí, lệ phí', en: 'fees' },
  eligibility: { vi: 'điều kiện', en: 'eligibility' },
  cutoff: { vi: 'giờ chốt', en: 'cut-off' },
  boundaryFree: { vi: 'không phụ thuộc địa giới', en: 'boundary-free' },
  clock: { vi: 'đồng hồ khi chờ bổ sung / NVTC', en: 'clock: supplement / payment' },
  version: { vi: 'phiên bản', en: 'version' },
  noVersion: { vi: 'không có phiên bản có hiệu lực vào ngày này', en: 'no version in force on this date' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A label of the text output in `lang`. */
export function t(key: keyof typeof LABELS, lang: Lang): string {
  return LABELS[key][lang];
}

/** Text that may be given in both languages. */
export function text(value: string | { vi: string; en: string } | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value[lang];
}
