import { type Issue, createIssue, toMotcuaError } from '@motcua/core';
import { calendarCommand } from './commands/calendar.js';
import { deadlineCommand } from './commands/deadline.js';
import { helpCommand } from './commands/help.js';
import { intakeCommand } from './commands/intake.js';
import { kpiCommand } from './commands/kpi.js';
import { phasesCommand } from './commands/phases.js';
import { proceduresCommand } from './commands/procedures.js';
import { routeCommand } from './commands/route.js';
import { rulesCommand } from './commands/rules.js';
import { unitsCommand } from './commands/units.js';
import { langOf, unknownCommand } from './context.js';
import { CommandFailure, type Io, exitCodeFor, printIssues } from './io.js';

/** Options that take a value, so that `motcua --lang en phases` finds the command after them. */
const VALUE_OPTIONS = new Set(['--lang', '--pack', '--at', '--kind', '--from', '--duration', '--cutoff', '--pause', '--unit', '--ics', '--procedure', '--agency', '--level', '--area', '--channel', '--queries', '--to', '--by', '--index', '--format', '--freeze', '--actor', '--reason', '--month', '--seed', '--per-day', '--key', '--field', '--value', '--basis', '--version', '--agency-map', '--valid-from', '--out']);

/** Moves options given before the command behind it. */
function commandFirst(argv: readonly string[]): string[] {
  const before: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    before.push(argv[i]!);
    if (VALUE_OPTIONS.has(argv[i]!) && i + 1 < argv.length) before.push(argv[++i]!);
    i++;
  }
  if (i >= argv.length) return ['help', ...before];
  // Behind everything, not right after the command: a subcommand (`units list`, `kpi generate`)
  // must stay the command's first argument.
  return [argv[i]!, ...argv.slice(i + 1), ...before];
}

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number> = {
  route: routeCommand,
  deadline: deadlineCommand,
  calendar: calendarCommand,
  units: unitsCommand,
  phases: phasesCommand,
  rules: rulesCommand,
  kpi: kpiCommand,
  procedures: proceduresCommand,
  intake: intakeCommand,
};

/**
 * Runs the `motcua` command line with `argv` (without the program name) and returns the exit code.
 * Output goes through `io`, so the CLI can be driven from tests or embedded.
 */
export function run(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) }): number {
  const lang = langOf(argv);
  const json = argv.includes('--json');
  const [command, ...rest] = commandFirst(argv);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return helpCommand(io, lang, json);
  const handler = COMMANDS[command];
  try {
    if (rest.includes('--help') || rest.includes('-h')) return helpCommand(io, lang, json);
    if (!handler) throw new CommandFailure([unknownCommand(command, [...Object.keys(COMMANDS), 'help'], lang)]);
    return handler(rest, io);
  } catch (error) {
    if (error instanceof CommandFailure) {
      printIssues(io, error.issues, { json, lang });
      return exitCodeFor(error.issues);
    }
    // Anything else is a defect: say so plainly, with the code, and keep the detail for a report.
    const e = toMotcuaError(error);
    const issue: Issue = createIssue(e.code, e.params, { lang });
    printIssues(io, [issue], { json, lang });
    if (process.env.MOTCUA_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return exitCodeFor([issue]);
  }
}
