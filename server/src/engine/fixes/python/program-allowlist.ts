// Python: a program name from the request runs only if it is on an allow-list. Review: the list
// starts empty (every program refused) and the developer fills it in (the TODO).

import { indentUnit, insertLinesBefore, nameInScope, statementOf } from '../edits';
import type { Fixer, Propose } from '../model';
import { unconditionalIn } from './statements';

const propose: Propose = (ctx) => {
  // A whole command line ('ssh ' + host) is not a program name: no allow-list fits it.
  const program = ctx.captures.get('cmd')?.[0];
  if (!program || program.type !== 'identifier') return undefined;
  const stmt = statementOf(ctx, ctx.node);
  if (!unconditionalIn(stmt, ctx.node)) return undefined;
  // Applied once already (the finding stays until the list is filled): not offered again.
  const previous = stmt.previousNamedSibling;
  const check = new RegExp(`^if ${program.text} not in allowed_\\w+:`);
  if (previous?.type === 'if_statement' && check.test(previous.text)) return undefined;
  const allowed = nameInScope(ctx, ctx.node, ['allowed_programs', 'allowed_commands']);
  return {
    title: 'Run only allow-listed programs (fill in the TODO)',
    edits: [
      insertLinesBefore(ctx, stmt, [
        `${allowed} = set()  # TODO: the programs this may run, e.g. {'/usr/bin/optipng'}`,
        `if ${program.text} not in ${allowed}:`,
        `${indentUnit(ctx)}raise ValueError('program not allowed')`,
      ]),
    ],
  };
};

export const programAllowlistFixer: Fixer = { name: 'py-program-allowlist', safety: 'review', propose };
