import { type Issue, createIssue, isMotcuaError, toMotcuaError } from '@motcua/core';
import { helpCommand } from './commands/help.js';
import { phasesCommand } from './commands/phases.js';
import { rulesCommand } from './commands/rules.js';
import { unitsCommand } from './commands/units.js';
import { langOf, unknownCommand } from './context.js';
import { CommandFailure, EXIT, type Io, exitCodeFor, printIssues } from './io.js';

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number> = {
  units: unitsCommand,
  phases: phasesCommand,
  rules: rulesCommand,
};

/**
 * Runs the `motcua` command line with `argv` (without the program name) and returns the exit code.
 * Output goes through `io`, so the CLI can be driven from tests or embedded.
 */
export function run(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) }): number {
  const lang = langOf(argv);
  const json = argv.includes('--json');
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return helpCommand(io, lang);
  const handler = COMMANDS[command];
  try {
    if (rest.includes('--help') || rest.includes('-h')) return helpCommand(io, lang);
    if (!handler) throw new CommandFailure([unknownCommand(command, [...Object.keys(COMMANDS), 'help'], lang)]);
    return handler(rest, io);
  } catch (error) {
    if (error instanceof CommandFailure) {
      printIssues(io, error.issues, { json });
      return exitCodeFor(error.issues);
    }
    // Anything else is a defect: say so plainly, with the code, and keep the detail for a report.
    const e = toMotcuaError(error);
    const issue: Issue = createIssue(isMotcuaError(error) ? e.code : 'INTERNAL', { ...e.params, detail: e.message }, { lang });
    printIssues(io, [issue], { json });
    if (process.env.MOTCUA_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return EXIT.unexpected;
  }
}
