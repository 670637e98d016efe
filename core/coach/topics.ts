// The one topic table of prompt coaching: how a topic is recognised (in prose and in code), which
// label classes and rule `topics:` names belong to it, its sensitivity tier, and the few
// requirements no rule states yet. Every other requirement comes from the rules' metadata.

import type { RuleClass } from '../protocol/classes';

export type Tier = 'high' | 'medium' | 'low';

/** A requirement kept here because no rule states it; dropped once a rule of `coveredBy` exists. */
export interface ExtraRequirement {
  text: string;
  /** When a loaded rule of this class belongs to the topic, its `requirement` replaces this text. */
  coveredBy?: RuleClass;
}

export interface Topic {
  id: string;
  label: string;
  tier: Tier;
  /** Names rules use in their `topics:` field for this topic (the id is always one). */
  ruleTopics: string[];
  /** Label classes whose rules and findings belong to this topic; the follow-up prompt checks them. */
  classes: RuleClass[];
  /** Case-insensitive patterns, tried line by line on prompts and on code. */
  patterns: RegExp[];
  extra: ExtraRequirement[];
}

const I = 'i';
const re = (source: string): RegExp => new RegExp(source, I);

export const TOPICS: readonly Topic[] = [
  {
    id: 'file-upload',
    label: 'File upload',
    tier: 'medium',
    ruleTopics: ['upload', 'uploads'],
    classes: ['file-upload', 'path-traversal'],
    patterns: [
      re('\\bupload(s|ed|ing|er)?\\b'),
      re('\\bmultipart\\b'),
      re('request\\.files|\\bFormFile\\b|\\bMultipartFile\\b|\\bmulter\\b|\\bUploadFile\\b'),
      re('\\b(file )?attachments?\\b'),
    ],
    extra: [
      {
        coveredBy: 'file-upload',
        text: 'Accept uploads only with an extension/content-type allow-list and an explicit size limit, and store them under generated names outside the web root.',
      },
    ],
  },
  {
    id: 'files',
    label: 'File system paths',
    tier: 'medium',
    ruleTopics: ['filesystem', 'file-system', 'paths'],
    classes: ['path-traversal'],
    patterns: [
      re('\\b(file ?names?|file ?paths?|directory|directories|folder)\\b'),
      re('\\b(read|write|serve|download|delete|open)s? (a |the |any )?files?\\b'),
      re(
        'os\\.path\\.join|\\bsend_file\\b|\\bsendFile\\b|\\bfs\\.(read|write|unlink|createReadStream)|\\bos\\.(Open|ReadFile|Remove)\\b|\\bfilepath\\.Join\\b|\\bPaths\\.get\\b|new File\\(|\\bopen\\(',
      ),
    ],
    extra: [
      {
        coveredBy: 'path-traversal',
        text: 'Never use a client-supplied filename or path directly: reduce it to a safe base name (or generate the name) and keep every resolved path inside the intended base directory.',
      },
    ],
  },
  {
    id: 'sql',
    label: 'SQL / database',
    tier: 'medium',
    ruleTopics: ['database', 'db', 'queries'],
    classes: ['sqli'],
    patterns: [
      re('\\b(sql|mysql|postgres(ql)?|sqlite|database|jdbc|orm|sqlalchemy|sequelize|knex|prisma|hibernate)\\b'),
      re('\\b(select\\s.+\\sfrom|insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set)\\b'),
      re('\\b(executeQuery|executeUpdate|cursor\\.execute|db\\.(Query|Exec|query|execute))\\b'),
      re('\\b(users?|the) table\\b'),
    ],
    extra: [
      {
        coveredBy: 'sqli',
        text: 'Build every SQL statement with parameterized queries (placeholders or named parameters); never concatenate or format input into SQL text.',
      },
    ],
  },
  {
    id: 'authentication',
    label: 'Authentication / passwords',
    tier: 'high',
    ruleTopics: ['auth', 'passwords', 'login'],
    classes: ['weak-crypto', 'hardcoded-secret', 'ldapi'],
    patterns: [
      re(
        '\\b(log ?in|logins?|sign[ -]?in|sign[ -]?up|authenticat\\w*|passwords?|passwd|credentials?|bcrypt|argon2|mfa|2fa|otp)\\b',
      ),
      re('\\b(register|registration) (a |new )?users?\\b'),
    ],
    extra: [
      {
        coveredBy: 'weak-crypto',
        text: "Store passwords only as salted, slow hashes (bcrypt, scrypt or Argon2) and verify them with the library's constant-time check; never store, log or compare plaintext passwords.",
      },
      {
        text: 'Answer unknown user and wrong password with the same generic message, and rate-limit or lock out repeated failed logins.',
      },
    ],
  },
  {
    id: 'cookies',
    label: 'Cookies / sessions',
    tier: 'medium',
    ruleTopics: ['sessions', 'session', 'cookie'],
    classes: ['insecure-cookie', 'trust-boundary'],
    patterns: [
      re('\\b(cookies?|sessions?|remember[ -]me|set-cookie)\\b'),
      re('document\\.cookie|res\\.cookie\\(|set_cookie\\(|http\\.SetCookie|new Cookie\\('),
    ],
    extra: [
      {
        coveredBy: 'insecure-cookie',
        text: 'Set cookies with Secure, HttpOnly (server-side), SameSite and an explicit expiry, and never store sensitive data in cookies readable by JavaScript.',
      },
      { text: 'Regenerate the session id after login and invalidate the session on logout and after an idle timeout.' },
    ],
  },
  {
    id: 'shell',
    label: 'Shell / OS commands',
    tier: 'medium',
    ruleTopics: ['commands', 'command', 'exec'],
    classes: ['cmdi', 'code-injection'],
    patterns: [
      re(
        '\\b(shell|bash|powershell|subprocess|child_process|popen|os\\.system|exec\\.Command|ProcessBuilder|Runtime\\.getRuntime)\\b',
      ),
      re(
        '\\b(run|runs|running|execute|executes|executing|exec|spawn|invoke)s?\\s+(an? |the |arbitrary |system |os |shell |user |external )*(commands?|programs?|scripts?|binar(y|ies)|process(es)?)\\b',
      ),
      re('\\bcommands?\\b(?![- ](line|palette))'),
      re('\\b(eval|exec)\\('),
    ],
    extra: [
      {
        coveredBy: 'cmdi',
        text: 'Never pass user input to a shell: run fixed programs with separate, allow-listed arguments and no shell.',
      },
    ],
  },
  {
    id: 'deserialization',
    label: 'Deserialization / parsing untrusted formats',
    tier: 'medium',
    ruleTopics: ['serialization', 'xml'],
    classes: ['deserialization', 'xxe', 'xpathi'],
    patterns: [
      re('\\b(deserializ\\w*|unserializ\\w*|serializ\\w*|pickle|unpickl\\w*|marshal|ObjectInputStream|yaml\\.load)\\b'),
      re('\\b(xml|DocumentBuilder|SAXParser|lxml|etree)\\b'),
    ],
    extra: [
      {
        coveredBy: 'deserialization',
        text: 'Never deserialize untrusted data with native object deserializers (pickle, ObjectInputStream, yaml.load, BinaryFormatter): accept plain data formats such as JSON, validated against a schema, and use safe loaders.',
      },
      { coveredBy: 'xxe', text: 'Parse XML with DTDs and external entities disabled.' },
    ],
  },
  {
    id: 'outbound-http',
    label: 'Outbound HTTP / URLs',
    tier: 'medium',
    ruleTopics: ['http-client', 'urls', 'url', 'ssrf'],
    classes: ['ssrf', 'tls-verify'],
    patterns: [
      re('\\b(urls?|webhooks?|http client|proxy|callback url|image url|link preview)\\b'),
      re(
        '\\b(fetch|download|call|request)s?\\s+(data |content |an? |the )*(from )?(a |the |an )?(remote|external|third[- ]party|given|user[- ]supplied)?\\s*(urls?|apis?|services?|sites?|pages?)\\b',
      ),
      re(
        '\\brequests\\.(get|post)\\b|\\baxios\\b|\\bfetch\\(|\\bhttp\\.(Get|Post|NewRequest)\\b|\\bHttpClient\\b|\\burllib\\b|\\bRestTemplate\\b|\\bWebClient\\b',
      ),
    ],
    extra: [
      {
        coveredBy: 'ssrf',
        text: 'Fetch only URLs whose scheme and host are on an allow-list; reject private, loopback and link-local addresses and do not follow redirects to other hosts.',
      },
      { coveredBy: 'tls-verify', text: 'Keep TLS certificate verification enabled on every outbound connection.' },
      { text: 'Set timeouts and response size limits on every outbound request.' },
    ],
  },
  {
    id: 'crypto',
    label: 'Tokens / cryptography',
    tier: 'high',
    ruleTopics: ['tokens', 'token', 'cryptography', 'secrets', 'random'],
    classes: ['weak-crypto', 'weak-random', 'hardcoded-secret'],
    patterns: [
      re(
        '\\b(tokens?|encrypt\\w*|decrypt\\w*|crypto\\w*|cipher|aes|rsa|hmac|signatures?|signing|nonce|api[ _-]?keys?|secrets?|private keys?|md5|sha-?1|sha-?256)\\b',
      ),
      re('\\b(hash(es|ed|ing)?)\\b(?! ?(map|table|set))'),
      re(
        '\\brandom\\w*\\s+(id|ids|token|tokens|password|passwords|string|key|keys|code|codes)\\b|\\breset (link|code|token)s?\\b',
      ),
    ],
    extra: [
      {
        coveredBy: 'weak-random',
        text: 'Generate tokens, session ids and reset codes with a cryptographically secure random generator (secrets, crypto.randomBytes, crypto/rand, SecureRandom) with at least 128 bits of entropy.',
      },
      {
        coveredBy: 'weak-crypto',
        text: 'Use vetted modern algorithms and libraries (AES-GCM, SHA-256 or better, HMAC, Ed25519); never MD5, SHA-1, DES, RC4, ECB mode or a static IV.',
      },
      {
        coveredBy: 'hardcoded-secret',
        text: 'Load keys and secrets from configuration or a secret manager at runtime; never hard-code them in source.',
      },
    ],
  },
  {
    id: 'html',
    label: 'HTML rendering',
    tier: 'medium',
    ruleTopics: ['xss', 'templates', 'rendering'],
    classes: ['xss'],
    patterns: [
      re('\\b(html|templates?|render(s|ed|ing)?|web ?page|dom|markdown)\\b'),
      re('innerHTML|outerHTML|dangerouslySetInnerHTML|document\\.write|\\|\\s*safe\\b|render_template|template\\.HTML'),
    ],
    extra: [
      {
        coveredBy: 'xss',
        text: 'Render untrusted data only through auto-escaping templates or textContent; never insert it with innerHTML, dangerouslySetInnerHTML or raw-HTML filters without sanitizing it first.',
      },
    ],
  },
  {
    id: 'redirects',
    label: 'Redirects',
    tier: 'medium',
    ruleTopics: ['redirect'],
    classes: ['open-redirect'],
    patterns: [
      re('\\bredirect(s|ed|ing)?\\b'),
      re('\\b(return|next|continue)[ _-]?(url|to)\\b|\\breturnUrl\\b|\\bsendRedirect\\b|http\\.Redirect'),
    ],
    extra: [
      {
        coveredBy: 'open-redirect',
        text: 'Redirect only to relative paths or to an allow-list of hosts; never to a URL taken unchecked from the request.',
      },
    ],
  },
  {
    id: 'jwt',
    label: 'JWT',
    tier: 'high',
    ruleTopics: ['json-web-token'],
    classes: ['jwt'],
    patterns: [re('\\b(jwt|jwts|json web tokens?|bearer tokens?|jsonwebtoken|jose)\\b')],
    extra: [
      {
        coveredBy: 'jwt',
        text: "Verify every JWT's signature with an explicit algorithm allow-list (never `none`) and check exp, iss and aud before trusting any claim.",
      },
    ],
  },
  {
    id: 'cors',
    label: 'CORS',
    tier: 'medium',
    ruleTopics: [],
    classes: ['cors'],
    patterns: [re('\\b(cors|cross[- ]origin)\\b|Access-Control-Allow-Origin')],
    extra: [
      {
        coveredBy: 'cors',
        text: 'Allow only an explicit list of trusted origins; never reflect arbitrary origins or combine `*` with credentials.',
      },
    ],
  },
  {
    id: 'errors',
    label: 'Logging / error handling',
    tier: 'low',
    ruleTopics: ['logging', 'error-handling'],
    classes: ['info-leak'],
    patterns: [
      re('\\b(errors?|exceptions?|logg(ing|er)|logs?|stack ?traces?|traceback|debug mode)\\b'),
      re('\\bcatch\\s*\\(|\\bexcept\\b|\\bif err != nil\\b|console\\.(log|error)|\\blog\\.(Print|Fatal)'),
    ],
    extra: [
      {
        coveredBy: 'info-leak',
        text: 'Handle errors without leaking details: log them server-side and return only a generic message and status code to the client.',
      },
      {
        text: 'Never write passwords, tokens, session ids or personal data to logs, and neutralize line breaks in logged user input.',
      },
    ],
  },
  {
    id: 'payments',
    label: 'Payments',
    tier: 'high',
    ruleTopics: ['payment', 'pci'],
    classes: [],
    patterns: [
      re(
        '\\b(payments?|pay|checkout|credit ?cards?|card numbers?|cvv|stripe|paypal|billing|invoices?|refunds?|iban|bank accounts?|pci)\\b',
      ),
    ],
    extra: [
      {
        text: "Never store or log full card numbers or CVV codes: use the payment provider's hosted fields or tokens (PCI-DSS).",
      },
      {
        text: 'Compute prices and amounts on the server, validate currency and amount, and make payment operations idempotent.',
      },
      { text: 'Verify the signature of every payment-provider webhook before trusting the event.' },
    ],
  },
  {
    id: 'personal-data',
    label: 'Personal data',
    tier: 'high',
    ruleTopics: ['pii', 'privacy'],
    classes: [],
    patterns: [
      re(
        '\\b(personal (data|information)|pii|gdpr|e-?mail address(es)?|phone numbers?|home address|date of birth|birth ?date|ssn|social security|medical|health records?|user (data|profiles?|details|information|records?))\\b',
      ),
    ],
    extra: [
      {
        text: 'Collect and keep only the personal data the feature needs, protect it in transit and at rest, and keep it out of logs, URLs and error messages.',
      },
      { text: "Check on every access that the requesting user is allowed to see or change this person's data." },
    ],
  },
  {
    id: 'validation',
    label: 'Request handling / input parsing',
    tier: 'medium',
    ruleTopics: ['input', 'request', 'requests', 'input-validation'],
    classes: ['type-assertion', 'prototype-pollution', 'redos'],
    patterns: [
      re(
        '\\b(endpoints?|api|apis|rest|routes?|handlers?|controllers?|http server|request body|query param(eter)?s?|form (data|fields?)|json (body|payload|request|input|data)|decod\\w+|pars(e|es|ing) (the )?(input|request|body))\\b',
      ),
      re(
        'http\\.Request\\b|@app\\.(route|get|post)|\\breq\\.(body|query|params)\\b|@(Get|Post|Request)Mapping|\\bapp\\.(get|post|put)\\(|json\\.NewDecoder|request\\.(args|form|json)',
      ),
    ],
    extra: [
      {
        coveredBy: 'type-assertion',
        text: 'Validate the type and presence of every field of decoded input and reject malformed input with a 400 response instead of crashing.',
      },
    ],
  },
];

/** Classes the follow-up review prompt always names: they apply to any AI-written code. */
export const ALWAYS_CHECK: readonly RuleClass[] = ['hardcoded-secret', 'vulnerable-dependency'];

export const TIER_LABEL: Record<Tier, string> = { high: 'High', medium: 'Medium', low: 'Low' };

const byId = new Map(TOPICS.map((t) => [t.id, t]));
export function topicById(id: string): Topic | undefined {
  return byId.get(id);
}

/** The table's topic for a rule's `topics:` entry (by id or alias), if any. */
export function topicForRuleTopic(name: string): Topic | undefined {
  const n = name.toLowerCase();
  return byId.get(n) ?? TOPICS.find((t) => t.ruleTopics.includes(n));
}

/** Topics a finding of `cls` belongs to, in table order. */
export function topicsForClass(cls: string): Topic[] {
  return TOPICS.filter((t) => (t.classes as string[]).includes(cls));
}
