// The vulnerability classes (shared/docs/labels.md): every rule maps to exactly one, suppressions
// may name one, and the coach groups its advice by them.

export const CLASSES = {
  sqli: { cwe: 89, title: 'SQL injection' },
  cmdi: { cwe: 78, title: 'OS command injection' },
  'code-injection': { cwe: 94, title: 'Code injection' },
  'path-traversal': { cwe: 22, title: 'Path traversal' },
  'file-upload': { cwe: 434, title: 'Unrestricted file upload' },
  'insecure-cookie': { cwe: 614, title: 'Insecure cookie' },
  'info-leak': { cwe: 209, title: 'Information leak through errors' },
  deserialization: { cwe: 502, title: 'Unsafe deserialization' },
  'weak-crypto': { cwe: 327, title: 'Weak cryptography' },
  'weak-random': { cwe: 338, title: 'Weak random numbers' },
  'tls-verify': { cwe: 295, title: 'TLS verification disabled' },
  xss: { cwe: 79, title: 'Cross-site scripting' },
  ssrf: { cwe: 918, title: 'Server-side request forgery' },
  xxe: { cwe: 611, title: 'XML external entities' },
  'open-redirect': { cwe: 601, title: 'Open redirect' },
  ldapi: { cwe: 90, title: 'LDAP injection' },
  xpathi: { cwe: 643, title: 'XPath injection' },
  'trust-boundary': { cwe: 501, title: 'Trust boundary violation' },
  'hardcoded-secret': { cwe: 798, title: 'Hard-coded secret' },
  'type-assertion': { cwe: 617, title: 'Unchecked type assertion' },
  jwt: { cwe: 347, title: 'JWT not verified' },
  cors: { cwe: 942, title: 'Permissive CORS' },
  'prototype-pollution': { cwe: 1321, title: 'Prototype pollution' },
  redos: { cwe: 1333, title: 'Regular expression denial of service' },
  'vulnerable-dependency': { cwe: 1104, title: 'Vulnerable dependency' },
} as const;
export type RuleClass = keyof typeof CLASSES;
