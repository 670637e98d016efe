// Java: SnakeYAML loads with SafeConstructor (maps, lists and scalars only).

import { addImport, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** yaml.load(x) with `new Yaml()` → a SafeConstructor that builds only maps, lists and scalars. */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  if (!/^(load|loadAs|loadAll)$/.test(call.childForFieldName('name')?.text ?? '')) return undefined;
  const receiver = call.childForFieldName('object');
  if (!receiver) return undefined;
  const created = receiver.type === 'identifier' ? ctx.flow.scopes.resolve(receiver.text, receiver)?.value : receiver;
  if (!created || !/^new\s+Yaml\s*\(\s*\)$/.test(created.text)) return undefined;
  const edits: TextEdit[] = [];
  // Both imports go to the same place: one insertion keeps their order.
  const imports = ['import org.yaml.snakeyaml.LoaderOptions;', 'import org.yaml.snakeyaml.constructor.SafeConstructor;']
    .map((line) => addImport(ctx, line, new RegExp(`^\\s*${line.replace(/\./g, '\\.')}\\s*$`, 'm')))
    .filter((e): e is TextEdit => !!e);
  if (imports.length > 0) edits.push({ range: imports[0].range, newText: imports.map((e) => e.newText).join('') });
  edits.push(replace(created, 'new Yaml(new SafeConstructor(new LoaderOptions()))'));
  return { title: 'Load YAML with SafeConstructor (plain data only)', edits };
};

export const safeYamlFixer: Fixer = { name: 'java-safe-yaml', safety: 'safe', propose };
