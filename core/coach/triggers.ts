// What a prose prompt asks for, read as security concepts: each prompt topic is recognised by
// precise patterns and weighs the concepts it makes relevant (0-100, the risk for that task).
// Some weights need a context, so a file read by a local script does not get path-traversal and a
// React page gets XSS only when it shows someone's content. Harden prompt keeps the heaviest.

import type { Concept } from './concepts';
import { SERVER_CONTEXT } from './context';
import { DATA_TOPICS } from './triggers-data';
import { IDENTITY_TOPICS } from './triggers-identity';
import { WEB_TOPICS } from './triggers-web';

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
export const PROMPT_TOPICS: readonly PromptTopic[] = [...DATA_TOPICS, ...IDENTITY_TOPICS, ...WEB_TOPICS];

/** Prompts whose task itself has no security surface: tests, refactors, docs, styling. */
export const NON_SECURITY_TASK = r(
  '^\\s*(please |can you |could you )?(refactor|rename|reformat|format|prettify|lint|document|explain|summari[sz]e|translate|optimi[sz]e|speed up|simplify|clean up|tidy|convert (this|the|it) (\\w+ )*to (async|await|typescript|es modules|a class|hooks|arrow functions)|add (\\w+ )?(docstrings|comments|type hints|types|jsdoc|logging statements)|(write|add|generate|create) (more )?(unit |jest |pytest |junit |go |integration |snapshot |e2e )?tests?|fix (the |a |this )?(typo|lint|css|layout|styling|build|import)|(write|add|create) (an? )?(sql |database |db |schema )?migrations?)\\b',
);
