// The security concepts a coaching requirement is about: the vulnerability classes of the rules
// plus the practices the scanner cannot check (authorization, CSRF, rate limits...). Harden
// prompt tags every requirement with one concept (one requirement per concept and language), and
// the labeled prompt set (bench/blind/issue-26) names its must-have and irrelevant concepts with
// the same ids, so coverage and noise are scored mechanically.

import { CLASSES, type RuleClass } from '../protocol/classes';

export const PRACTICE_CONCEPTS = {
  authorization: 'Authorization and object ownership: the caller may act on this record (IDOR)',
  authentication: 'Authentication and session handling: login, session expiry and fixation, MFA',
  csrf: 'Cross-site request forgery protection on state-changing requests',
  'rate-limit': 'Rate limiting and lockout on login, reset and expensive endpoints',
  'secret-logging': 'No secrets, tokens or personal data in logs and error reports',
  'constant-time': 'Constant-time comparison of secrets, tokens and signatures',
  'password-storage': 'Passwords stored with a slow salted hash (bcrypt, scrypt, Argon2)',
  'password-reset': 'Password reset tokens: random, single-use, short-lived, not revealing accounts',
  archive: 'Archive extraction: entries kept inside the destination (zip slip), size limits (zip bombs)',
  'input-validation': 'Input validated by schema: type, length, format, allowed values, size limits',
  'mass-assignment': 'Only allow-listed fields copied from the request into models',
  'resource-limits': 'Timeouts and size limits on requests, uploads, subprocesses and outbound calls',
  'dependency-hygiene': 'Maintained, pinned dependencies without known vulnerabilities',
  'security-headers': 'Security headers: CSP, HSTS, frame options, content type options',
} as const;

export type PracticeConcept = keyof typeof PRACTICE_CONCEPTS;
export type Concept = RuleClass | PracticeConcept;

export const CONCEPTS: readonly Concept[] = [
  ...(Object.keys(CLASSES) as RuleClass[]),
  ...(Object.keys(PRACTICE_CONCEPTS) as PracticeConcept[]),
];

export function isConcept(id: string): id is Concept {
  return (CONCEPTS as readonly string[]).includes(id);
}
