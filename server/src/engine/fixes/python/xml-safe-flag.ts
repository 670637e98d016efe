// Python: lxml parser flags that resolve entities or DTDs are turned off.

import { replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { keywordArguments } from './syntax';

/** XML parser flags flipped to their safe value: resolve_entities=False, no_network=True, … */
const propose: Propose = (ctx) => {
  const flag = ctx.captures.get('flag')?.[0];
  if (!flag || !/^(True|False)$/.test(flag.text)) return undefined;
  const call = ctx.captures.get('call')?.[0] ?? ctx.node;
  const args = call.childForFieldName('arguments');
  const unsafe: Record<string, string> = {
    resolve_entities: 'True',
    load_dtd: 'True',
    dtd_validation: 'True',
    no_network: 'False',
  };
  const edits: TextEdit[] = [];
  for (const [name, value] of args ? keywordArguments(args) : []) {
    if (unsafe[name] === value.text) edits.push(replace(value, value.text === 'True' ? 'False' : 'True'));
  }
  if (edits.length === 0) edits.push(replace(flag, flag.text === 'True' ? 'False' : 'True'));
  return { title: 'Stop resolving external entities and DTDs', edits };
};

export const xmlSafeFlagFixer: Fixer = { name: 'py-xml-safe-flag', safety: 'safe', propose };
