import { type Issue, type Lang, formatIssue, issueArea } from '@motcua/core';

/** Where a command writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes of the CLI (MISSION §5). */
export const EXIT = { ok: 0, unexpected: 1, input: 2, pack: 3 } as const;

/** Options every command accepts. */
export interface CommonOptions {
  readonly json: boolean;
  readonly lang: Lang;
  readonly pack: string | undefined;
}

/** A failure that ends the command with its issues (never a stack trace for a user's mistake). */
export class CommandFailure {
  constructor(readonly issues: readonly Issue[]) {}
}

/** The exit code that a list of issues calls for: pack issues → 3, input issues → 2, otherwise 1. */
export function exitCodeFor(issues: readonly Issue[]): number {
  const areas = new Set(issues.filter((i) => i.severity === 'error').map(issueArea));
  if (areas.has('pack')) return EXIT.pack;
  if (areas.has('input')) return EXIT.input;
  return areas.size === 0 ? EXIT.ok : EXIT.unexpected;
}

/** The JSON form of an issue in `--json` output. */
export function issueJson(issue: Issue) {
  return {
    code: issue.code,
    severity: issue.severity,
    file: issue.file ?? null,
    line: issue.line ?? null,
    col: issue.col ?? null,
    path: issue.path?.join('.') ?? null,
    message: issue.message,
  };
}

/** How many issues the text output prints before summing up the rest (`--json` prints all). */
export const TEXT_ISSUE_LIMIT = 100;

/** Prints issues: one JSON document on stdout with `--json`, one line each on stderr otherwise. */
export function printIssues(io: Io, issues: readonly Issue[], options: Pick<CommonOptions, 'json'> & { lang?: Lang }): void {
  if (options.json) {
    io.out(JSON.stringify({ ok: false, issues: issues.map(issueJson) }, null, 2));
    return;
  }
  for (const issue of issues.slice(0, TEXT_ISSUE_LIMIT)) (issue.severity === 'error' ? io.err : io.out)(formatIssue(issue));
  if (issues.length > TEXT_ISSUE_LIMIT) {
    const more = issues.length - TEXT_ISSUE_LIMIT;
    io.err(options.lang === 'vi' ? `… và ${more} vấn đề khác (--json liệt kê đủ)` : `… ${more} more (--json lists all)`);
  }
}

/** Writes a value as pretty JSON. */
export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Lays out rows as an aligned text table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
