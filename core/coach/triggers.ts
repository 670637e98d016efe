// What a prose prompt asks for, read as security concepts: each prompt topic is recognised by
// precise patterns and weighs the concepts it makes relevant (0-100, the risk for that task).
// Some weights need a context, so a file read by a local script does not get path-traversal and a
// React page gets XSS only when it shows someone's content. Harden prompt keeps the heaviest.

import type { Concept } from './concepts';
import { SERVER_CONTEXT } from './context';
import { DATA_TOPICS } from './triggers-data';
import { IDENTITY_TOPICS } from './triggers-identity';
import { WEB_TOPICS } from './triggers-web';
import { PHRASING_TOPICS } from './triggers-phrasing';

/** `server`: the prompt is about request handling; `web`: a page or UI shows content. */
export type Context = 'server' | 'web';

export interface PromptTopic {
  id: string;
  patterns: RegExp[];
  /** The topic does not count when one of these matches (e.g. a password reset is its own topic). */
  unless?: RegExp;
  /** The topic counts only in this context. */
  needs?: Context;
  concepts: Array<[Concept, number] | [Concept, number, Context]>;
}

const r = (source: string): RegExp => new RegExp(source, 'i');

export { SERVER_CONTEXT };

/** Every prompt topic, in table order. */
export const PROMPT_TOPICS: readonly PromptTopic[] = [
  ...DATA_TOPICS,
  ...IDENTITY_TOPICS,
  ...WEB_TOPICS,
  ...PHRASING_TOPICS,
];

/** Tasks about looks only (styling, layout, animation), whatever page they are on. */
export const STYLING_TASK = r(
  '^\\s*(please |can you |could you )?(make|style|restyle|center|centre|align|move|resize|color|colour|animate|add (a |an |the )?(hover|focus|fade|slide|loading|skeleton|spinner|transition|animation|icon|tooltip|dark mode|light mode|theme|responsive|(\\w+ )?toggle|placeholder|label|autofocus|keyboard shortcut)|change (the )?(colou?rs?|fonts?|layout|spacing|margins?|padding|styles?|theme)|use (tailwind|css|flexbox|grid))\\b(?![^.]*\\b(stores?|saves?|sends?|fetch\\w*|uploads?|validat\\w*|logs?|submits?|deletes?|removes?|calls?|changes?|updates?|resets?)\\b)',
);

/** Prompts whose task itself has no security surface: tests, refactors, docs, styling. */
export const NON_SECURITY_TASK = r(
  '^\\s*(please |can you |could you )?(refactor|rename|reformat|format|prettify|lint|document|explain|summari[sz]e|translate|optimi[sz]e|speed up|simplify|clean up|tidy|convert (this|the|it) (\\w+ )*to (async|await|typescript|es modules|a class|hooks|arrow functions)|add (\\w+ )?(docstrings|comments|type hints|types|jsdoc|logging statements)|(write|add|generate|create) (more )?(unit |jest |pytest |junit |go |integration |snapshot |e2e )?tests?|fix (the |a |this )?(typo|lint|css|layout|styling|build|import)|(write|add|create) (an? )?(sql |database |db |schema )?migrations?|(write|create|add|define|generate|make) (an? |the )?(typescript |ts )?(types?|interfaces?|enums?|reducers?|selectors?|slices?|stores?|context providers?|custom hooks?|mocks?|fixtures?|storybook stor(y|ies)|stories|type guards?|constants?)\\b(?! (that|which) (calls?|sends?|stores?|fetch\\w*|saves?)))\\b',
);
