import { describe, expect, it } from 'vitest';
import { closest, editDistance, normalizeName } from './names.js';

describe('name matching', () => {
  it('ignores case, diacritics, đ and punctuation', () => {
    expect(normalizeName('Sở Tài chính')).toBe('so tai chinh');
    expect(normalizeName('ĐỐNG ĐA – Hoàn Kiếm - Ba Đình')).toBe('dong da hoan kiem ba dinh');
    expect(normalizeName('Sở KH&ĐT')).toBe(normalizeName('so kh dt'));
    expect(normalizeName('cn-tay-ho')).toBe('cn tay ho');
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('ranks containing keys first, then by distance', () => {
    const cands = ['chi nhanh tay ho', 'chi nhanh cau giay', 'so tai chinh'].map((key) => ({ key, item: key }));
    expect(closest('tay ho', cands, 1)).toEqual(['chi nhanh tay ho']);
    expect(closest('so tai chin', cands, 1)).toEqual(['so tai chinh']);
  });
});
