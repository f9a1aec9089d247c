import { parseArgs } from 'node:util';
import { type Issue, type IsoDate, type Lang, closest, createIssue, editDistance, normalizeName, parseTimeInput } from '@motcua/core';
import { type Pack, hanoiPack, loadPack } from '@motcua/rules';
import { type CommonOptions, CommandFailure } from './io.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

const COMMON: OptionSpec = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  pack: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** Bundled packs that `--pack` accepts by name. */
const BUNDLED: Record<string, (lang: Lang) => Pack> = { hanoi: (lang) => hanoiPack({ lang }) };

/** Parsed arguments of one command. */
export interface Parsed {
  readonly common: CommonOptions;
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/** Reads the language before anything else, so that even option errors are in the right language. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (value === 'en' || value === 'vi') return value;
  const env = process.env.MOTCUA_LANG;
  return env === 'en' ? 'en' : 'vi';
}

/**
 * Parses `argv` with the command's own options plus the common ones; bad options and more than
 * `maxPositionals` arguments are input errors (`usage` is shown with them).
 */
export function parse(argv: readonly string[], options: OptionSpec, usage: string, maxPositionals = 0): Parsed {
  const lang = langOf(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandFailure([optionIssue(error as Error & { code?: string }, lang)]);
  }
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined) throw new CommandFailure([createIssue('INPUT_UNEXPECTED_ARGUMENT', { value: extra, usage }, { lang })]);
  const values = parsed.values as Parsed['values'];
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') {
    throw new CommandFailure([createIssue('INPUT_BAD_CHOICE', { option: '--lang', choices: 'vi, en', value: String(values.lang) }, { lang })]);
  }
  return {
    common: { json: values.json === true, lang, pack: values.pack as string | undefined },
    values,
    positionals: parsed.positionals,
    help: values.help === true,
  };
}

/** Node's parseArgs errors, told in the user's language. */
function optionIssue(error: Error & { code?: string }, lang: Lang): Issue {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '?';
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return createIssue('INPUT_OPTION_VALUE', { option }, { lang });
  return createIssue('INPUT_UNKNOWN_OPTION', { option }, { lang });
}

/** Loads the pack named by `--pack` (a folder, or a bundled pack's name; the Hanoi pack by default). */
export function openPack(common: CommonOptions): Pack {
  const name = common.pack ?? 'hanoi';
  const bundled = BUNDLED[name];
  if (bundled) return bundled(common.lang);
  const result = loadPack(name, { lang: common.lang });
  if (!result.ok) throw new CommandFailure(result.issues);
  return result.value;
}

/** Reads a date option (`--at`): an ISO date or date-time, taken as its date in Asia/Ho_Chi_Minh. */
export function dateOption(value: unknown, option: string, pack: Pack, lang: Lang): IsoDate | undefined {
  if (value === undefined) return undefined;
  const parsed = typeof value === 'string' ? parseTimeInput(value) : undefined;
  if (!parsed) throw new CommandFailure([createIssue('INPUT_BAD_TIME', { value: String(value), option }, { lang })]);
  const { coverage, id } = pack.org.manifest;
  if (!pack.org.covers(parsed.date)) {
    throw new CommandFailure([createIssue('INPUT_OUTSIDE_COVERAGE', { date: parsed.date, pack: id, from: coverage.from, to: coverage.to }, { lang })]);
  }
  return parsed.date;
}

/** Checks that an option takes one of `choices`. */
export function choiceOption<T extends string>(value: unknown, option: string, choices: readonly T[], lang: Lang): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new CommandFailure([createIssue('INPUT_BAD_CHOICE', { option, choices: choices.join(', '), value: String(value) }, { lang })]);
}

/** The issue for a missing positional argument. */
export function missingArgument(usage: string, lang: Lang): Issue {
  return createIssue('INPUT_MISSING_ARGUMENT', { usage }, { lang });
}

/** The issue for an unknown command, suggesting the closest known one. */
export function unknownCommand(command: string, known: readonly string[], lang: Lang): Issue {
  const key = normalizeName(command);
  const [best] = closest(key, known.map((k) => ({ key: normalizeName(k), item: k })), 1);
  // Only a near miss is worth suggesting; "foo" should not be told it meant "help".
  const suggestion = best !== undefined && editDistance(key, normalizeName(best)) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
  return createIssue('INPUT_UNKNOWN_COMMAND', { command, suggestion }, { lang });
}
