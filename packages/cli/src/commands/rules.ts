import { type Issue, type PackContent, formatIssue, hasErrors } from '@motcua/core';
import { SECTIONS, hanoiPackDir, loadPack, packJsonSchema } from '@motcua/rules';
import { parse, unknownCommand } from '../context.js';
import { t } from '../i18n.js';
import { CommandFailure, EXIT, type Io, issueJson, printJson } from '../io.js';

/** `motcua rules validate|lint [DIR]` and `motcua rules schema`. */
export function rulesCommand(argv: readonly string[], io: Io): number {
  const [sub, ...rest] = argv;
  const { common, positionals } = parse(rest);
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
      for (const issue of shown) (issue.severity === 'error' ? io.err : io.out)(formatIssue(issue));
      if (result.ok) {
        const counts = Object.entries(rowCounts(result.value.org.content)).map(([k, n]) => `${k} ${n}`).join(', ');
        const warnings = result.issues.filter((i) => i.severity !== 'error').length;
        io.out(`${t('packValid', lang)}: ${result.value.org.manifest.id} ${result.value.org.manifest.version} (${counts}; ${t('warnings', lang)} ${warnings})`);
      }
    }
    return code;
  }
  throw new CommandFailure([unknownCommand(`rules ${sub ?? ''}`.trim(), ['rules validate', 'rules lint', 'rules schema'], lang)]);
}

function rowCounts(content: PackContent) {
  return Object.fromEntries(SECTIONS.map((s) => [s, content[s].length]));
}
