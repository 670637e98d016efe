// Python: a hard-coded secret is read from os.environ. Review: the variable must be set where the
// code runs.

import { addImport, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** A hard-coded secret becomes os.environ["NAME"], NAME taken from the variable, key or argument. */
const propose: Propose = (ctx) => {
  const name = ctx.captures.get('name')?.[0];
  const value = ctx.captures.get('value')?.[0];
  if (!name || !value || value.type !== 'string') return undefined;
  const key = /(\w+)["']?\]?\s*$/.exec(name.text)?.[1];
  if (!key) return undefined;
  const env = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const bytes = /^[rR]?[bB]/.test(value.text);
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import os', /^import os\b/m);
  if (imp) edits.push(imp);
  edits.push(replace(value, `os.environ["${env}"]${bytes ? '.encode()' : ''}`));
  return { title: `Read ${env} from the environment`, edits };
};

export const secretFromEnvFixer: Fixer = { name: 'py-secret-from-env', safety: 'review', propose };
