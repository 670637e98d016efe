// One requirement sentence per concept and language: what Harden prompt and the assistant
// instructions ask for. Short (a prompt carries up to eight of them) and in the language's own
// idioms; `only` keeps a concept to the languages where it exists (Go's comma-ok assertions,
// JavaScript's prototype pollution). TypeScript and TSX read the JavaScript sentences.

import type { LanguageId } from '../protocol/languages';
import type { Concept } from './concepts';

type Family = 'python' | 'javascript' | 'java' | 'go';

interface ConceptText {
  any: string;
  python?: string;
  javascript?: string;
  java?: string;
  go?: string;
  /** The concept applies to these languages only (any language when absent). */
  only?: Family[];
}

export const CONCEPT_TEXT: Record<Concept, ConceptText> = {
  sqli: {
    any: 'Use parameterized queries for every database call; never build SQL or query filters from strings with input.',
    python: 'Pass values as query parameters (cursor.execute(sql, params) or the ORM); never f-strings, % or + in SQL.',
    javascript:
      'Use placeholders or the query builder for every query, never template strings in SQL; reject objects where a string is expected (NoSQL operators).',
    java: 'Use PreparedStatement with ? placeholders or JPA named parameters; never concatenate input into SQL or JPQL.',
    go: 'Use db.Query/Exec with placeholders and separate arguments; never fmt.Sprintf or + input into SQL.',
  },
  cmdi: {
    any: 'Run external programs without a shell: a fixed program, arguments as a list, `--` before user-supplied names.',
    python:
      'Run the program with subprocess.run([...]) and an argument list, never shell=True or os.system; put `--` before user-supplied names.',
    javascript:
      'Run the program with execFile/spawn and an argument array (no shell), never exec or a command string; put `--` before user-supplied names.',
    java: 'Run the program with ProcessBuilder and a list of arguments, never Runtime.exec of a built string or `sh -c`.',
    go: 'Call exec.Command with the program and separate arguments, never `sh -c` with input; put `--` before user-supplied names.',
  },
  'code-injection': {
    any: 'Never evaluate user input as code or templates; map it to an allow-list of operations.',
    python: 'Never eval/exec user input; parse literals with ast.literal_eval or json and map names to an allow-list.',
    javascript:
      'Never pass user input to eval, new Function, vm or string timers; map it to an allow-list of operations.',
    java: 'Never evaluate user input with ScriptEngine, SpEL, OGNL or EL; map it to an allow-list of operations.',
    go: 'Never parse user input as a template or load code it names; map it to an allow-list of operations.',
  },
  'path-traversal': {
    any: 'Resolve every path built from input against a fixed base directory and reject it unless it stays inside.',
    python:
      'Resolve paths with (base / name).resolve() and reject any not inside base (is_relative_to); never open a client-supplied path as is.',
    javascript:
      'Resolve paths with path.resolve(base, name) and reject any outside base; never pass a client-supplied path to fs or sendFile as is.',
    java: 'Resolve paths with base.resolve(name).normalize() and reject any that does not startsWith(base).',
    go: 'Join client-supplied names with filepath.Join(base, filepath.Clean("/"+name)) and check the result stays in base (or use os.OpenRoot).',
  },
  'file-upload': {
    any: 'Accept uploads only under a size limit and a type allow-list checked on content; store them under generated names outside the web root.',
    python:
      'Cap upload size (MAX_CONTENT_LENGTH), allow-list types checked on content, and store files under generated names outside the web root.',
    javascript:
      'Cap upload size and count (multer limits), allow-list types checked on content, and store files under generated names outside the web root.',
    java: 'Cap upload size (multipart max-file-size), allow-list types checked on content, and store files under generated names outside the web root.',
    go: 'Cap upload size (http.MaxBytesReader), allow-list types checked with http.DetectContentType, and store files under generated names.',
  },
  'insecure-cookie': {
    any: 'Set cookies with Secure, HttpOnly and SameSite (Lax or Strict); keep secrets and personal data out of cookies.',
    javascript:
      'Set cookies with Secure, HttpOnly and SameSite (server side); cookies JavaScript can read must hold no secrets or personal data.',
  },
  'info-leak': {
    any: 'On errors, log the details server-side and return a generic message; never send stack traces or exception text, and keep debug mode off.',
  },
  deserialization: {
    any: 'Never deserialize untrusted data with native object formats; accept JSON validated against a schema.',
    python: 'Load YAML only with yaml.safe_load and never unpickle (pickle, shelve, joblib) data you did not create.',
    javascript:
      'Parse untrusted data with JSON.parse or js-yaml load (safe schema); never node-serialize or deserializers that revive functions.',
    java: 'Never read untrusted bytes with ObjectInputStream or polymorphic Jackson typing; bind JSON to DTOs and use SnakeYAML SafeConstructor.',
    go: 'Decode untrusted data into typed structs with a size limit; never decode gob from untrusted sources.',
  },
  'weak-crypto': {
    any: 'Use vetted primitives (AES-GCM with random nonces, SHA-256 or better, HMAC, Ed25519); never MD5, SHA-1, DES, ECB or a fixed IV.',
    python: 'Use the cryptography package (AESGCM or Fernet, SHA-256, HMAC); never MD5, SHA-1, DES, ECB or a fixed IV.',
    javascript:
      'Use node:crypto with aes-256-gcm and random IVs, SHA-256 or HMAC; never MD5, SHA-1, DES, ECB or a fixed IV.',
    java: 'Use AES/GCM/NoPadding with random IVs, SHA-256 or HMAC; never MD5, SHA-1, DES, ECB or a fixed IV.',
    go: 'Use crypto/aes with cipher.NewGCM and random nonces, SHA-256 or HMAC; never MD5, SHA-1, DES or a fixed nonce.',
  },
  'weak-random': {
    any: 'Generate tokens, ids and codes with a cryptographically secure generator (at least 128 bits).',
    python: 'Generate tokens and codes with the secrets module (secrets.token_urlsafe), never random.',
    javascript: 'Generate tokens and codes with crypto.randomBytes or crypto.randomUUID, never Math.random.',
    java: 'Generate tokens and codes with SecureRandom, never java.util.Random or Math.random.',
    go: 'Generate tokens and codes with crypto/rand, never math/rand.',
  },
  'tls-verify': {
    any: 'Keep TLS certificate and host name verification on for every outbound connection.',
    python: 'Keep TLS verification on: never verify=False or ssl.CERT_NONE.',
    javascript: 'Keep TLS verification on: never rejectUnauthorized: false or NODE_TLS_REJECT_UNAUTHORIZED=0.',
    java: 'Keep TLS verification on: no trust-all TrustManager or HostnameVerifier.',
    go: 'Keep TLS verification on: never InsecureSkipVerify: true.',
  },
  xss: {
    any: 'Output user data only through auto-escaping templates or as text; never insert it as raw HTML without a sanitizer.',
    python:
      'Render user data only through auto-escaping templates (Jinja2); never |safe, Markup or HTML built from strings.',
    javascript:
      'Render user data as text (JSX {value}, textContent); never dangerouslySetInnerHTML, v-html or innerHTML without DOMPurify, nor javascript: URLs.',
    java: 'Escape user data in templates (Thymeleaf th:text, not th:utext); never write it raw into an HTML response.',
    go: 'Render HTML with html/template, never text/template or template.HTML on user data.',
  },
  ssrf: {
    any: 'Fetch only http(s) URLs whose host is on an allow-list; block private, loopback and metadata addresses and re-check redirects.',
  },
  xxe: {
    any: 'Parse XML with DTDs and external entities disabled.',
    python: 'Parse untrusted XML with defusedxml; never lxml or etree with entity resolution on.',
    javascript:
      'Parse XML with entity expansion and DTD loading off (libxmljs noent: false); prefer a parser without DTD support.',
    java: 'Parse XML with disallow-doctype-decl set and external entities and XInclude off.',
  },
  'open-redirect': {
    any: 'Redirect only to relative paths or allow-listed hosts; never to a URL taken unchecked from the request.',
  },
  ldapi: {
    any: 'Escape user input in LDAP filters and DNs (an LDAP encoder) or build filters with the library.',
    java: 'Escape user input in LDAP filters and DNs (LdapEncoder, Rdn.escapeValue) or use Spring LDAP filter objects.',
    python: 'Escape user input in LDAP filters with ldap3 escape_filter_chars (or escape_rdn for DNs).',
  },
  xpathi: {
    any: 'Pass user input to XPath as variables (a variable resolver), never by concatenation.',
  },
  'trust-boundary': {
    any: 'Validate request data before storing it in the session; keep trusted and untrusted values apart.',
    only: ['java'],
  },
  'hardcoded-secret': {
    any: 'Read keys, passwords and tokens from the environment or a secret manager; never hard-code or commit them.',
  },
  'type-assertion': {
    any: 'Use the two-value form v, ok := x.(T) on decoded input and answer 400 when a field is missing or mistyped.',
    only: ['go'],
  },
  jwt: {
    any: 'Verify every JWT signature with a fixed algorithm list (never none) and check exp, iss and aud.',
    python:
      'Verify JWTs with jwt.decode(token, key, algorithms=[...]) (never verify_signature off) and check exp, iss, aud.',
    javascript:
      'Verify JWTs with jwt.verify(token, key, { algorithms: [...] }), never jwt.decode alone, and check exp, iss, aud.',
    java: 'Verify JWTs with a fixed key and algorithm (parseSignedClaims, never unsigned parsing) and check exp, iss, aud.',
    go: 'Parse JWTs with a fixed key and jwt.WithValidMethods([...]) and check exp, iss, aud.',
  },
  cors: {
    any: 'Allow only an explicit list of trusted origins; never reflect the Origin header or combine * with credentials.',
  },
  'prototype-pollution': {
    any: 'Never merge or assign user-supplied keys into objects without rejecting __proto__, constructor and prototype (or use Map).',
    only: ['javascript'],
  },
  redos: {
    any: 'Keep regexes applied to user input free of nested quantifiers and cap the input length (or use RE2).',
  },
  'vulnerable-dependency': {
    any: 'Add only maintained, widely used packages, pin them in the lockfile and check them for known vulnerabilities.',
  },
  authorization: {
    any: 'Check on every request that the signed-in user owns or may access the requested record; never trust an id from the client alone.',
    python:
      'Scope every lookup to the current user (e.g. filter by owner_id == current_user.id) and answer 404 otherwise; never trust the id alone.',
    java: 'Check ownership on every lookup (query by id and owner, or @PreAuthorize); never trust the id from the request alone.',
  },
  authentication: {
    any: 'Require authentication on every non-public route; regenerate the session id at login and expire sessions on logout and idle.',
  },
  csrf: {
    any: 'Protect state-changing requests with CSRF tokens, or SameSite cookies plus an Origin check.',
    python: 'Keep CSRF protection on for every state-changing form (Django CsrfViewMiddleware, Flask-WTF CSRFProtect).',
    javascript:
      'Protect state-changing requests with CSRF tokens (e.g. csrf-csrf) or SameSite cookies plus an Origin check.',
    java: "Keep Spring Security's CSRF protection on for browser sessions; never disable it for form endpoints.",
    go: 'Protect state-changing requests with CSRF tokens (gorilla/csrf) or http.CrossOriginProtection.',
  },
  'rate-limit': {
    any: 'Rate-limit by account and by IP, with backoff or lockout after repeated failures, and answer 429.',
  },
  'secret-logging': {
    any: 'Never log passwords, tokens, keys, session ids or personal data; mask them in logs and error reports.',
  },
  'constant-time': {
    any: 'Compare API keys, tokens and signatures in constant time.',
    python: 'Compare API keys, tokens and signatures with hmac.compare_digest, never ==.',
    javascript:
      'Compare API keys, tokens and signatures with crypto.timingSafeEqual on equal-length buffers, never ===.',
    java: 'Compare API keys, tokens and signatures with MessageDigest.isEqual, never equals().',
    go: 'Compare API keys, tokens and signatures with subtle.ConstantTimeCompare, never ==.',
  },
  'password-storage': {
    any: 'Store passwords only as salted slow hashes (Argon2id, bcrypt, scrypt) and verify with the library; never plaintext or MD5/SHA.',
    python:
      'Hash passwords with argon2-cffi or bcrypt and verify with the library; never store, log or compare plaintext.',
    javascript:
      'Hash passwords with argon2 or bcrypt and verify with their compare; never store, log or compare plaintext.',
    java: 'Hash passwords with BCryptPasswordEncoder or Argon2PasswordEncoder; never plaintext, MD5 or SHA.',
    go: 'Hash passwords with x/crypto/bcrypt or argon2id; never store, log or compare plaintext.',
  },
  'password-reset': {
    any: 'Make reset tokens random (128+ bits), stored hashed, single-use and short-lived; answer the same whether or not the account exists.',
  },
  archive: {
    any: "Check each archive entry's resolved path stays inside the destination (zip slip) and cap total size and entry count (zip bombs).",
    python:
      "Extract with tarfile filter='data' or check each member's resolved path stays in the destination; cap total size and entry count.",
  },
  'input-validation': {
    any: 'Validate every input against a schema (type, length, format, allowed values) and reject invalid input with 400.',
    python:
      'Validate request data with a schema (Pydantic or marshmallow: types, lengths, formats) and reject it with 400.',
    javascript:
      'Validate request data with a schema (zod, joi or class-validator: types, lengths, formats) and reject it with 400.',
    java: 'Validate request data with Bean Validation (@Valid, @Size, @Pattern) and reject invalid input with 400.',
    go: 'Decode into typed structs, check each field (presence, length, format) and reject invalid input with 400.',
  },
  'mass-assignment': {
    any: 'Copy only allow-listed fields from the request (a DTO); never bind the whole body to a model with role, owner or price fields.',
  },
  'resource-limits': {
    any: 'Set timeouts and size limits on request bodies, files, subprocesses and outbound calls.',
    go: 'Set timeouts (context, http.Client.Timeout) and size limits (http.MaxBytesReader) on requests, subprocesses and outbound calls.',
  },
  'dependency-hygiene': {
    any: 'Add only maintained, widely used packages, pin them in the lockfile and check them for known vulnerabilities.',
    python: 'Add only maintained packages, pin them (requirements lock or poetry.lock) and check them with pip-audit.',
    javascript: 'Add only maintained packages, commit the lockfile and check dependencies with npm audit.',
    java: 'Add only maintained libraries at pinned versions and check them with OWASP Dependency-Check or similar.',
    go: 'Add only maintained modules, keep go.sum committed and check them with govulncheck.',
  },
  'security-headers': {
    any: 'Send security headers: a Content-Security-Policy, HSTS, X-Content-Type-Options: nosniff and frame-ancestors.',
    javascript: 'Send security headers (helmet): a Content-Security-Policy, HSTS, nosniff and frame-ancestors.',
  },
};

export function languageFamily(language: LanguageId | undefined): Family | undefined {
  if (language === 'typescript' || language === 'tsx') return 'javascript';
  return language;
}

/** The concept's sentence for the language, or undefined when the concept does not apply to it. */
export function conceptText(concept: Concept, language: LanguageId | undefined): string | undefined {
  const entry = CONCEPT_TEXT[concept];
  const family = languageFamily(language);
  // Language-specific concepts (Go assertions, JavaScript prototypes) apply when the language is
  // unknown: only prompts about them trigger them.
  if (entry.only && family && !entry.only.includes(family)) return undefined;
  return (family && entry[family]) || entry.any;
}
