import { type Issue, type PackContent, hasErrors } from '@motcua/core';
import { SECTIONS, hanoiPackDir, loadPack, packJsonSchema } from '@motcua/rules';
import { missingArgument, parse, unknownCommand } from '../context.js';
import { t } from '../i18n.js';
import { CommandFailure, EXIT, type Io, issueJson, printIssues, printJson } from '../io.js';

/** `motcua rules validate|lint [DIR]` and `motcua rules schema`. */
export function rulesCommand(argv: readonly string[], io: Io): number {
  const sub = argv[0]?.startsWith('-') ? undefined : argv[0];
  const rest = sub === undefined ? argv : argv.slice(1);
  const { common, positionals } = parse(rest, {}, sub === 'schema' ? 'rules schema' : `rules ${sub ?? 'validate|lint|schema'} [DIR]`, sub === 'schema' ? 0 : 1);
  const { lang } = common;
  if (sub === 'schema') {
    printJson(io, packJsonSchema());
    return EXIT.ok;
  }
  if (sub === 'validate' || sub === 'lint') {
    const target = positionals[0] ?? common.pack ?? 'hanoi';
    const dir = target === 'hanoi' ? hanoiPackDir() : target;
    const result = loadPack(dir, { lang });
    // validate reports what makes the pack unusable; lint reports warnings too.
    const shown: Issue[] = result.issues.filter((i) => sub === 'lint' || i.severity === 'error');
    const code = hasErrors(result.issues) ? EXIT.pack : EXIT.ok;
    if (common.json) {
      const org = result.ok ? result.value.org : undefined;
      printJson(io, {
        ok: result.ok,
        pack: org ? { id: org.manifest.id, version: org.manifest.version, dir } : null,
        counts: org ? rowCounts(org.content) : null,
        issues: shown.map(issueJson),
      });
    } else {
      printIssues(io, shown, common);
      if (result.ok) {
        const counts = Object.entries(rowCounts(result.value.org.content)).map(([k, n]) => `${k} ${n}`).join(', ');
        const warnings = result.issues.filter((i) => i.severity !== 'error').length;
        io.out(`${t('packValid', lang)}: ${result.value.org.manifest.id} ${result.value.org.manifest.version} (${counts}; ${t('warnings', lang)} ${warnings})`);
      }
    }
    return code;
  }
  if (sub === undefined) throw new CommandFailure([missingArgument('rules validate|lint|schema [DIR]', lang)]);
  throw new CommandFailure([unknownCommand(`rules ${sub}`, ['rules validate', 'rules lint', 'rules schema'], lang)]);
}

function rowCounts(content: PackContent) {
  return Object.fromEntries(SECTIONS.map((s) => [s, content[s].length]));
}
