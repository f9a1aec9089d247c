import { type Code, type Lang, type MessageParams, CODES, formatMessage } from './codes.js';

/** How serious an issue is: errors make a pack or an input unusable, warnings do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * An expected failure, reported as a value: a stable code, where it happened and a message in the
 * language asked for. `path` is the location inside the data (`units.3.validTo`); `file`, `line`
 * and `col` (1-based) point into the source text when there is one.
 */
export interface Issue {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly params: MessageParams;
  readonly path?: readonly (string | number)[];
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
}

/** Where an issue happened (an `undefined` field is the same as an absent one). */
export interface IssueLocation {
  readonly path?: readonly (string | number)[] | undefined;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly col?: number | undefined;
}

/** Builds an {@link Issue}, rendering its message in `lang`. */
export function createIssue(
  code: Code,
  params: MessageParams = {},
  options: IssueLocation & { severity?: Severity | undefined; lang?: Lang | undefined } = {},
): Issue {
  const { severity = 'error', lang = 'en', ...where } = options;
  const located = Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)) as Pick<Issue, 'path' | 'file' | 'line' | 'col'>;
  return { code, severity, message: formatMessage(code, params, lang), params, ...located };
}

/** Re-renders an issue's message in another language. */
export function translateIssue(issue: Issue, lang: Lang): Issue {
  return { ...issue, message: formatMessage(issue.code, issue.params, lang) };
}

/** `file:line:col CODE message`, the one-line form printed by the CLI. */
export function formatIssue(issue: Issue): string {
  const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.col ?? 1}` : ''}` : issue.path?.length ? issue.path.join('.') : '';
  return `${where ? `${where} ` : ''}${issue.severity === 'error' ? '' : `${issue.severity} `}${issue.code} ${issue.message}`;
}

/** Which party an issue blames: `input` (exit 2), `pack` (exit 3) or `program` (exit 1). */
export function issueArea(issue: Issue): 'input' | 'pack' | 'program' {
  return CODES[issue.code].area;
}

/** The result of an operation that can fail in expected ways, like zod's `safeParse`. */
export type Result<T> = { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

/** A success, possibly with warnings. */
export function ok<T>(value: T, issues: readonly Issue[] = []): Result<T> {
  return { ok: true, value, issues };
}

/** A failure with its issues. */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/** Whether any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
