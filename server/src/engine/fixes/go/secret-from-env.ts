// Go: a hard-coded secret is read from the environment. Review: the variable must be set where the
// code runs.

import { addImport, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** jwtSecret → JWT_SECRET, DBPassword → DB_PASSWORD */
function envName(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/\W+/g, '_')
    .toUpperCase();
}

const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  const name = ctx.captures.get('name')?.[0];
  // A const cannot hold os.Getenv(…); string-format findings have no name to derive a variable from.
  if (!value || !name || ctx.node.type === 'const_spec') return undefined;
  const literal = value.type === 'type_conversion_expression' ? value.childForFieldName('operand') : value;
  if (!literal || !/string_literal$/.test(literal.type)) return undefined;
  const variable = envName(
    name.type === 'selector_expression' ? (name.childForFieldName('field')?.text ?? name.text) : name.text,
  );
  const edits: TextEdit[] = [replace(literal, `os.Getenv(${JSON.stringify(variable)})`)];
  const imp = addImport(ctx, '"os"', /^\s*(import\s+)?"os"\s*$/m);
  if (imp) edits.push(imp);
  return { title: `Read the secret from the ${variable} environment variable`, edits };
};

export const secretFromEnvFixer: Fixer = { name: 'go-secret-from-env', safety: 'review', propose };
