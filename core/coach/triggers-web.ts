// Prompt topics about the web and operations: outbound URLs, redirects, HTML output, logs and
// errors, payments and personal data, request handling and its limits (see triggers.ts).

import type { PromptTopic } from './triggers';
import { SERVER_CONTEXT } from './context';

const r = (source: string): RegExp => new RegExp(source, 'i');

/** Content someone else wrote or chose, shown on a page: the XSS surface. */
const SHOWN_CONTENT =
  '(comments?|messages?|chat|posts?|reviews?|bios?|profiles?|user ?names?|display names?|user[- ](content|input|names?|data|text|provided|supplied|generated)|search(es| results| box| bar| query| terms?| field)?|markdown|rich[- ]text|wysiwyg|html|previews?|query (string|param\\w*)|url param\\w*|notifications?|feeds?|guestbook|forums?|wiki|descriptions?|titles?|captions?|tooltips?|email bodies|emails? body)';
const UI =
  '(react|vue|angular|svelte|jquery|cards?|lists?|tables?|screens?|panels?|dialogs?|sidebars?|headers?|components?|front-?end|browser|dom|pages?|ui|widgets?|jsx|tsx|templates?)';

export const WEB_TOPICS: readonly PromptTopic[] = [
  {
    id: 'outbound-urls',
    patterns: [
      r(
        '\\b(check|checks|monitor|monitors|visit|visits|hit|hits|fetch|fetches|fetching|download|downloads|downloading|get|gets|retrieve|retrieves|load|loads|import|imports|crawl\\w*|scrap\\w*|proxy|proxies|call|calls|ping|pings|post|posts|send|sends)\\b[^.]{0,50}\\b(urls?|links?|web ?pages?|websites?|remote (files?|images?)|feeds? url|callback urls?)\\b',
      ),
      r(
        '\\bprox(y|ies|ying)\\b[^.]{0,40}\\b(requests?|services?|backends?|upstreams?|hosts?|apis?)\\b|\\b(url|link) (previews?|fetcher|unfurl\\w*)\\b|\\bimages? (from|by) (a |the |its )?url\\b|\\bunfurl\\w*\\b|\\bweb ?scrap\\w*|\\bcrawler\\b|\\b(outgoing|outbound) webhooks?\\b',
      ),
      r(
        '\\bwebhooks?\\b[^.]{0,40}\\b(url|users? (configure|provide|register)|deliver\\w*)\\b|\\bsend (a |the )?webhooks?\\b',
      ),
    ],
    concepts: [
      ['ssrf', 95],
      ['resource-limits', 50],
    ],
  },
  {
    id: 'http-clients',
    patterns: [
      r(
        '\\b(http client|requests\\.(get|post)|axios|node-fetch|httpx|urllib|RestTemplate|WebClient|HttpClient|http\\.Get|okhttp)\\b',
      ),
    ],
    concepts: [
      ['tls-verify', 55],
      ['resource-limits', 45],
    ],
  },
  {
    id: 'redirects',
    patterns: [
      r('\\bredirect\\w*|\\b(return|next|continue|callback|redirect)[ _-]?(url|uri|to|param\\w*)\\b|\\breturnUrl\\b'),
    ],
    concepts: [['open-redirect', 92]],
  },
  {
    id: 'html-output',
    patterns: [
      r(
        'innerHTML|outerHTML|dangerouslySetInnerHTML|v-html|bypassSecurityTrust\\w*|document\\.write|\\|\\s*safe\\b|template\\.HTML|\\b(markdown|rich[- ]text|wysiwyg|html (emails?|pages?|snippets?|content|output|templates?|reports?)|render\\w* (the |as |user )?html|jinja2?|thymeleaf|jsp|ejs|handlebars|pug|mustache|html/template|render_template|template engine)\\b',
      ),
    ],
    concepts: [['xss', 92]],
  },
  {
    id: 'shown-content',
    patterns: [r(`\\b${UI}\\b[^\\n]{0,80}\\b${SHOWN_CONTENT}\\b|\\b${SHOWN_CONTENT}\\b[^\\n]{0,80}\\b${UI}\\b`)],
    concepts: [['xss', 88]],
  },
  {
    id: 'show-content',
    patterns: [
      r(
        `\\b(show|shows|display|displays|render|renders|list|lists) (the |a |all |each |every )?(user'?s? )?(\\w+ )?${SHOWN_CONTENT}\\b`,
      ),
    ],
    concepts: [['xss', 80]],
  },
  {
    id: 'logging',
    patterns: [
      r(
        '\\b(logs|logging|logger|log (the|each|every|all|a|an|requests?|errors?|events?)|audit (log|trail)s?|sentry|telemetry)\\b',
      ),
    ],
    concepts: [['secret-logging', 85]],
  },
  {
    id: 'errors',
    patterns: [
      r(
        '\\b(error (handling|handlers?|pages?|messages?|responses?)|exceptions?|stack ?traces?|traceback|debug mode|500 errors?)\\b',
      ),
    ],
    concepts: [['info-leak', 90]],
  },
  {
    id: 'payments',
    patterns: [
      r(
        '\\b(payments?|pay|credit ?cards?|card (numbers?|details)|cvv|stripe|paypal|braintree|adyen|billing|charge (the |a )?(card|customer|user)|refunds?|pci|checkout)\\b',
      ),
    ],
    concepts: [
      ['input-validation', 60],
      ['secret-logging', 65],
      ['hardcoded-secret', 60],
    ],
  },
  {
    id: 'personal-data',
    patterns: [
      r(
        '\\b(personal (data|information)|pii|gdpr|ssns?|social security|dates? of birth|medical|health (records?|data)|passports?|national ids?|tax ids?|bank (accounts?|details))\\b',
      ),
    ],
    concepts: [
      ['secret-logging', 75],
      ['authorization', 70],
    ],
  },
  {
    id: 'profile-updates',
    patterns: [
      r(
        '\\b(update|updates|edit|edits|patch|patches|modify|modifies)\\b[^.]{0,30}\\b(profiles?|users?|accounts?|settings|records?|models?|entit(y|ies))\\b|\\bmass[- ]assign\\w*|\\bpartial updates?\\b|\\bPATCH\\b',
      ),
    ],
    needs: 'server',
    concepts: [
      ['mass-assignment', 85],
      ['authorization', 80],
      ['input-validation', 50],
    ],
  },
  {
    id: 'regex',
    patterns: [r('\\b(regex\\w*|regular expressions?|regexp)\\b')],
    concepts: [
      ['redos', 85],
      ['input-validation', 40],
    ],
  },
  {
    id: 'object-merge',
    patterns: [
      r(
        '\\bmerg\\w*\\b[^.]{0,40}\\b(objects?|options|settings|config\\w*|defaults|preferences|into)\\b|\\bobject\\.assign\\b|\\b_\\.(merge|set|defaultsDeep)\\b|\\b(deep[- ]?merg\\w*|merge (two |the |nested |user )?(objects|options|settings|config\\w*)|lodash\\.(merge|set)|set (a |the )?(nested|deep) (value|property|key)|dot[- ]?(path|notation) (keys?|paths?)|nested keys?)\\b',
      ),
    ],
    concepts: [['prototype-pollution', 90]],
  },
  {
    id: 'vulnerable-dependencies',
    patterns: [
      r(
        '\\b(cves?|vulnerab\\w+ (package|dependenc\\w+|librar\\w+|version)s?|security advisor\\w*|npm audit|pip-audit|govulncheck|dependabot|snyk|outdated (packages?|dependenc\\w+|librar\\w+)|(upgrade|bump|update) (the |our |a )?(\\w+ )?(package|dependenc\\w+|librar\\w+|versions?))\\b',
      ),
    ],
    concepts: [['vulnerable-dependency', 92]],
  },
  {
    id: 'explicit-validation',
    patterns: [
      r(
        '\\b(validat\\w+|sanitiz\\w+|dtos?|zod|joi|yup|pydantic|class-validator|marshmallow|bean validation|@valid)\\b',
      ),
    ],
    unless: r('\\bvalidat\\w+ (the |a |an )?(jwt|token|signature|api key|webhook|certificate|session)'),
    concepts: [['input-validation', 85]],
  },
  {
    id: 'cross-window-messages',
    patterns: [r('\\bpostMessage\\b|\\bmessage (event|listener)s?\\b|\\biframes? (messages?|communication)\\b')],
    concepts: [['xss', 85]],
  },
  {
    id: 'dependencies',
    patterns: [
      r(
        '\\b(dependenc(y|ies)|package\\.json|requirements\\.txt|go\\.mod|pom\\.xml|build\\.gradle|npm install|pip install|go get|(add|install|pick|choose|suggest) (a |the |an? \\w+ )?(package|library|module|dependency|npm package|pip package)|third[- ]party (libraries|packages|modules))\\b',
      ),
    ],
    concepts: [['dependency-hygiene', 85]],
  },
  {
    id: 'security-headers',
    patterns: [
      r(
        '\\b(security headers|csp|content[- ]security[- ]policy|hsts|helmet|clickjacking|x-frame-options|iframe embedding)\\b',
      ),
    ],
    concepts: [['security-headers', 92]],
  },
  {
    id: 'rate-limits',
    patterns: [
      r('\\b(rate[- ]limit\\w*|throttl\\w*|brute[- ]force|lock ?out|too many (requests|attempts)|abuse|spam)\\b'),
    ],
    concepts: [['rate-limit', 95]],
  },
  {
    id: 'messaging',
    patterns: [
      r(
        '\\b(contact forms?|send (an? )?(e-?mails?|sms|text messages?)|invite (a )?(users?|friends?|members?)|newsletter sign[- ]?ups?)\\b',
      ),
    ],
    concepts: [
      ['rate-limit', 60],
      ['input-validation', 50],
    ],
  },
  {
    id: 'heavy-work',
    patterns: [
      r(
        '\\b(timeouts?|large (files?|uploads?|payloads?|requests?)|size limits?|max(imum)? (file )?size|denial of service|resiz\\w* (the |uploaded )?(images?|photos?)|thumbnails?|image processing|graphql|bulk (import|export)|csv (import|upload)|import (a |the )?csv)\\b',
      ),
    ],
    concepts: [['resource-limits', 75]],
  },
  {
    id: 'listings',
    patterns: [r('\\b(paginat\\w*|infinite scroll|list all|export all)\\b')],
    concepts: [['resource-limits', 50]],
  },
  {
    id: 'session-data',
    patterns: [
      r(
        '\\b(store|stores|storing|save|saves|put|puts) [^.]{0,30}\\bin (the |a )?(http)?session\\b|\\bsession attributes?\\b',
      ),
    ],
    concepts: [['trust-boundary', 60]],
  },
  {
    id: 'go-decoding',
    patterns: [
      r(
        '\\b(interface\\{\\}|map\\[string\\](interface\\{\\}|any)|type assertions?|json\\.(NewDecoder|Unmarshal)|decod\\w+ (a |the )?json|json (request )?body)\\b',
      ),
    ],
    concepts: [['type-assertion', 55]],
  },
  {
    id: 'named-resources',
    patterns: [
      r(
        '\\b(load|loads|read|reads|open|opens|render|renders|include|includes|serve|serves)\\b (a |the )?(templates?|files?|configs?|images?|documents?|reports?|logs?|pages?)\\b[^.]{0,20}\\b(by|from|named|with) (its |the |a )?(name|path|query|request|url|user input|parameter)\\b',
      ),
    ],
    concepts: [['path-traversal', 90]],
  },
  {
    id: 'user-code',
    patterns: [
      r(
        '\\b(run|runs|execute|executes|evaluat\\w*)\\b (the |user[- ]\\w+ |submitted |arbitrary |custom |their )*(code|expressions?|formulas?|snippets?|rules?)\\b',
      ),
    ],
    concepts: [['code-injection', 95]],
  },
  {
    id: 'protected-routes',
    patterns: [
      r(
        "\\b(protected (routes?|pages?|endpoints?)|require[sd]? (a )?(login|sign[- ]in|authentication)|only (logged[- ]in|authenticated|signed[- ]in) users|belongs? to (the )?(current|logged[- ]in|signed[- ]in) user|current user'?s|per[- ]user)\\b",
      ),
    ],
    concepts: [
      ['authentication', 80],
      ['authorization', 80],
    ],
  },
  {
    id: 'printed-secrets',
    patterns: [
      r(
        '\\b(print|prints|printing|dump|dumps|echo|echoes)\\b[^.]{0,20}\\b(tokens?|passwords?|keys?|secrets?|credentials)\\b',
      ),
    ],
    concepts: [['secret-logging', 90]],
  },
  {
    id: 'public-endpoints',
    patterns: [r('\\bpublic (apis?|endpoints?|forms?)\\b|\\bunauthenticated (endpoints?|users?|access)\\b')],
    concepts: [['rate-limit', 65]],
  },
  {
    id: 'request-handling',
    patterns: [SERVER_CONTEXT],
    concepts: [],
  },
];
