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
