// Prompt topics about identity and secrets: logins, passwords and resets, sessions and cookies,
// CSRF and CORS, tokens, keys and their comparison, randomness, cryptography and TLS (see triggers.ts).

import type { PromptTopic } from './triggers';

const r = (source: string): RegExp => new RegExp(source, 'i');

export const IDENTITY_TOPICS: readonly PromptTopic[] = [
  {
    id: 'login',
    patterns: [
      r(
        '\\b(log ?in|logins?|sign[ -]?in|sign[ -]?up|signups?|registration|register (a |new )?(users?|accounts?)|registers users|create (an )?account|authenticat(e|es|ing) (a |the )?users?)\\b',
      ),
    ],
    concepts: [
      ['authentication', 80],
      ['rate-limit', 70],
    ],
  },
  {
    id: 'passwords',
    patterns: [r('\\b(passwords?|passwd|passphrases?|bcrypt|argon2\\w*|scrypt|pbkdf2)\\b')],
    unless: r(
      '\\b(temporary|initial|one-time) passwords?\\b|\\b(random|generate[sd]?|generator for) passwords?\\b|\\b(database|db|smtp|admin|service|root|redis|mysql|postgres) passwords?\\b',
    ),
    concepts: [
      ['password-storage', 95],
      ['secret-logging', 45],
    ],
  },
  {
    id: 'password-reset',
    patterns: [
      r(
        "\\b(password[- ]resets?|reset (the |a |their |your |my )?(user'?s? )?passwords?|forgot(ten)?[- ]passwords?|reset (links?|tokens?|codes?|e-?mails?)|account recovery)\\b",
      ),
    ],
    concepts: [
      ['password-reset', 100],
      ['weak-random', 75],
      ['rate-limit', 60],
      ['password-storage', 55],
    ],
  },
  {
    id: 'sessions',
    patterns: [
      r(
        '\\b(authenticat\\w*|log ?out|logouts?|sign[ -]?out|remember[- ]me|access tokens?|refresh tokens?|auth tokens?|session (management|fixation|timeouts?|expir\\w*|ids?|hijack\\w*)|(user|login|auth\\w*) sessions?|express-session)\\b',
      ),
    ],
    concepts: [['authentication', 75]],
  },
  {
    id: 'one-time-codes',
    patterns: [
      r(
        '\\b(otp|totp|hotp|2fa|mfa|two[- ]factor|multi[- ]factor|verification codes?|one[- ]time (passwords?|codes?|links?)|magic links?|passwordless|pin codes?)\\b',
      ),
    ],
    concepts: [
      ['weak-random', 75],
      ['rate-limit', 80],
      ['constant-time', 50],
      ['authentication', 70],
    ],
  },
  {
    id: 'oauth',
    patterns: [
      r(
        '\\b(oauth2?|openid|oidc|sso|single sign[- ]on|social login|(log ?in|sign ?in) with (google|github|facebook|apple|microsoft))\\b',
      ),
    ],
    concepts: [
      ['authentication', 80],
      ['csrf', 65],
      ['open-redirect', 60],
      ['hardcoded-secret', 55],
    ],
  },
  {
    id: 'cookies',
    patterns: [
      r(
        '\\bcookies?\\b|\\bset-cookie\\b|\\bsession (cookies?|store|storage on the server)\\b|\\b(server[- ]side|flask|django|express|user|login) sessions?\\b|\\bexpress-session\\b',
      ),
    ],
    concepts: [
      ['insecure-cookie', 90],
      ['authentication', 45, 'server'],
    ],
  },
  {
    id: 'security-config',
    patterns: [
      r(
        '\\b(spring security|security ?config\\w*|securityfilterchain|websecurityconfigurer\\w*|security middleware|auth(entication)? middleware|passport\\.js|passport strateg\\w*)\\b',
      ),
    ],
    concepts: [
      ['authentication', 85],
      ['csrf', 75],
    ],
  },
  {
    id: 'csrf',
    patterns: [r('\\b(csrf|xsrf|cross[- ]site request forger\\w*)\\b')],
    concepts: [['csrf', 95]],
  },
  {
    id: 'state-changing-forms',
    patterns: [
      r(
        '\\b(forms?|form posts?|submit button)\\b[^.]{0,60}\\b(change|changes|update|updates|delete|deletes|transfer|transfers|submit|submits|post|posts|save|saves)\\b|\\b(change|update|updates) (the |their |a )?(e-?mail|password|settings|address|profile)\\b|\\b(transfer|send) (money|funds|credits)\\b|\\bdelete (the |their |my )?account\\b',
      ),
    ],
    needs: 'web',
    concepts: [
      ['csrf', 70],
      ['authorization', 60],
    ],
  },
  {
    id: 'cors',
    patterns: [r('\\b(cors|cross[- ]origin|access-control-allow-\\w+)\\b')],
    concepts: [['cors', 95]],
  },
  {
    id: 'jwt',
    patterns: [r('\\b(jwts?|json web tokens?|bearer tokens?|jsonwebtoken|jose|pyjwt|jjwt|golang-jwt)\\b')],
    concepts: [
      ['jwt', 95],
      ['hardcoded-secret', 60],
    ],
  },
  {
    id: 'secret-comparison',
    patterns: [
      r(
        '\\b(check|checks|checking|verify|verifies|verifying|validate|validates|validating|compare|compares|comparing|match|matches|authenticat\\w*)\\b[^.]{0,40}\\b(api[ _-]?keys?|keys?|secrets?|signatures?|hmac|webhooks?|shared secrets?|access codes?|(api|access|auth|static) tokens?)\\b',
      ),
      r(
        '\\b(api[ _-]?key|hmac|signature|webhook) (check|verification|validation|auth\\w*|guard|middleware)\\b|\\bconstant[- ]time\\b|\\btiming[- ]safe\\b',
      ),
    ],
    concepts: [
      ['constant-time', 95],
      ['hardcoded-secret', 75],
      ['secret-logging', 45],
    ],
  },
  {
    id: 'secrets',
    patterns: [
      r(
        '\\b((database|db|smtp|service|root|mysql|postgres) passwords?|(aws|stripe|openai|github|slack|twilio|sendgrid|google) (api )?(keys?|secrets?|credentials)|api[ _-]?keys?|secret keys?|client secrets?|credentials|access keys?|private keys?|service accounts?|connection strings?|webhook secrets?|(api|access|auth|bot|github|slack|openai|stripe) tokens?|env(ironment)? variables?|\\.env)\\b',
      ),
    ],
    concepts: [
      ['hardcoded-secret', 85],
      ['secret-logging', 50],
    ],
  },
  {
    id: 'incoming-webhooks',
    patterns: [
      r(
        '\\b(receive|receives|handle|handles|handler|endpoint for|incoming|listen\\w* for)\\b[^.]{0,40}\\bwebhooks?\\b|\\bwebhooks? (handler|endpoint|receiver|listener)\\b',
      ),
    ],
    concepts: [
      ['constant-time', 85],
      ['hardcoded-secret', 60],
    ],
  },
  {
    id: 'random-values',
    patterns: [
      r(
        '\\brandom\\w*\\s+(\\w+\\s+)?(ids?|identifiers?|tokens?|passwords?|strings?|keys?|codes?|otps?|pins?|salts?|nonces?|names?|slugs?)\\b|\\b(generate|generates|generating|create|creates|issue|issues)\\s+(an? |the |unique |secure |random )*(tokens?|api keys?|session ids?|invite codes?|invitation (links?|codes?)|verification codes?|coupon codes?|short (links?|codes?|urls?)|passwords?|ids?|identifiers?|secrets?|nonces?)\\b|\\b(uuid|nonce|url shortener)s?\\b',
      ),
    ],
    concepts: [['weak-random', 95]],
  },
  {
    id: 'cryptography',
    patterns: [
      r(
        '\\b(encrypt\\w*|decrypt\\w*|ciphers?|aes|rsa|ecdsa|ed25519|hmac|digital signatures?|sign (the |a )?(payload|message|data|file|request)s?|signing|md5|sha-?1|sha-?256|checksums?|key pairs?|end-to-end|e2ee|hash(es|ing)? (the |a |api |access |refresh |reset )?(data|files?|tokens?|ids?|keys?|secrets?))\\b',
      ),
    ],
    concepts: [
      ['weak-crypto', 92],
      ['hardcoded-secret', 60],
    ],
  },
  {
    id: 'tls',
    patterns: [r('\\b(tls|ssl|https|certificates?|self[- ]signed|mtls|ca bundle)\\b')],
    concepts: [['tls-verify', 85]],
  },
];
