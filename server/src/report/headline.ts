// The one-line message of a finding, the same in the editor, the CLI's text, JSON and SARIF
// (message.text) and MCP: the rule's title, plus what this occurrence adds (`detail`). The
// paragraph explaining it stays in the rule (SARIF help/fullDescription, Warden's hover).

import type { Finding } from '../engine';

/** Longest headline kept whole; a longer one (a dependency's advisory list) is cut with an ellipsis. */
export const HEADLINE_MAX = 160;

interface TitledRule {
  title: string;
  message: string;
}

/** The first sentence of a text written for this occurrence (a dependency, a config secret). */
function firstSentence(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  const end = /[.!?](?=\s+[A-Z(`]|$)/.exec(flat);
  return end ? flat.slice(0, end.index) : flat;
}

const DEPENDENCY =
  /^(.+? has \d+ known vulnerabilit(?:y|ies)): (.*?)\. (?:Upgrade to (\S+) or later|No fixed version)/s;
const ADVISORY_ID = /\b(?:GHSA(?:-[a-z0-9]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+)\b/g;

/** `axios ^1.5.0 (allows 1.5.0) has 2 known vulnerabilities (GHSA-…, GHSA-…); upgrade to 1.7.4`. */
function dependencyHeadline(message: string): string | undefined {
  const m = DEPENDENCY.exec(message.replace(/\s+/g, ' '));
  if (!m) return undefined;
  const ids = [...new Set(m[2].match(ADVISORY_ID) ?? m[2].match(/\bCVE-\d{4}-\d+\b/g) ?? [])];
  return `${m[1]}${ids.length ? ` (${ids.join(', ')})` : ''}; ${m[3] ? `upgrade to ${m[3]}` : 'no fixed version known'}`;
}

function clip(text: string): string {
  return text.length <= HEADLINE_MAX ? text : `${text.slice(0, HEADLINE_MAX - 1).trimEnd()}…`;
}

/** The message was written for this occurrence (it names the dependency, its advisories and their date). */
export function writtenForFinding(f: Pick<Finding, 'message'>, rule?: TitledRule): boolean {
  return !rule || f.message.trim() !== rule.message.trim();
}

/**
 * One line saying what is wrong here. A finding whose message is its rule's text gets the rule's
 * title; one whose message was written for it (dependencies, configuration files, suppressions)
 * gets that message's first sentence.
 */
export function findingHeadline(f: Pick<Finding, 'message' | 'detail'>, rule?: TitledRule): string {
  const own = writtenForFinding(f, rule);
  const base = own || !rule ? (dependencyHeadline(f.message) ?? firstSentence(f.message)) : rule.title;
  return clip(f.detail ? `${base} (${f.detail.replace(/\s+/g, ' ')})` : base);
}
