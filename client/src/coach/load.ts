// Builds the coaching Knowledge from rule sources (dist/rules.json in the extension, the rules/
// folder in tests) with the engine's pure loader: no tree-sitter, no file system here.

import { loadRuleSources, RuleSource } from '../../../server/src/engine/rule-loader';
import type { EngineProblem } from '../../../server/src/engine/types';
import { Knowledge } from './knowledge';

export function knowledgeFromSources(sources: RuleSource[]): { knowledge: Knowledge; problems: EngineProblem[] } {
  const loaded = loadRuleSources(sources);
  return { knowledge: new Knowledge(loaded.rules), problems: loaded.problems };
}
