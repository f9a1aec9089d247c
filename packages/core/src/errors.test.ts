import { describe, expect, it } from 'vitest';
import { CODES, formatMessage } from './codes.js';
import { MotcuaError, isMotcuaError, toMotcuaError } from './errors.js';
import { createIssue, formatIssue, translateIssue } from './issues.js';

describe('error model', () => {
  it('has a message in both languages for every code, and they differ', () => {
    const params = { path: 'p', detail: 'd', key: 'k', field: 'f', id: 'i', other: 'o', name: 'n', kind: 'unit', ref: 'r', collection: 'c', doc: 'x', what: 'w', from: 'a', to: 'b', date: 'd', value: 'v', option: 'o', choices: 'c', command: 'c', usage: 'u', pack: 'p', found: '2', supported: '1', candidates: 'a, b', suggestion: 's', instead: 'i', file: 'f', agency: 'a', channel: 'c', area: 'x', count: 2, branches: 'b', group: 'g', sum: 9, max: 10, total: 100, index: 'ix', indicator: 'in', line: 3, expected: 'e', first: 1, known: 'k', code: 'cd', version: 've', component: 'cm', rule: 'ru', event: 'E', state: 's', allowed: 'A', at: 't', last: 'l', due: 'u', deadline: 'dl' };
    for (const code of Object.keys(CODES) as (keyof typeof CODES)[]) {
      const vi = formatMessage(code, params, 'vi');
      const en = formatMessage(code, params, 'en');
      expect(vi.length, code).toBeGreaterThan(5);
      expect(en.length, code).toBeGreaterThan(5);
      expect(vi, code).not.toBe(en);
      expect(`${vi}${en}`, code).not.toContain('undefined');
    }
  });

  it('throws MotcuaError with a code and recognises it by name, not by class identity', () => {
    const e = new MotcuaError('INVALID_ARGUMENT', { detail: 'x' });
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe('Invalid argument: x');
    expect(isMotcuaError(e)).toBe(true);
    const foreign = Object.assign(new Error('m'), { name: 'MotcuaError', code: 'INTERNAL' });
    expect(isMotcuaError(foreign)).toBe(true);
    expect(isMotcuaError(new Error('m'))).toBe(false);
    expect(toMotcuaError(new TypeError('boom')).code).toBe('INTERNAL');
    expect(toMotcuaError(e)).toBe(e);
  });

  it('formats issues as file:line:col CODE message and re-renders them in another language', () => {
    const issue = createIssue('PACK_MISSING_FIELD', { field: 'name' }, { file: 'a.yaml', line: 3, col: 5 });
    expect(formatIssue(issue)).toBe('a.yaml:3:5 PACK_MISSING_FIELD Required field "name" is missing.');
    expect(translateIssue(issue, 'vi').message).toBe('Thiếu trường bắt buộc "name".');
    const warning = createIssue('PACK_DATED_ORDER', { date: '2025-01-01', from: '2025-02-01' }, { severity: 'warning' });
    expect(formatIssue(warning)).toMatch(/^warning PACK_DATED_ORDER /);
  });
});
