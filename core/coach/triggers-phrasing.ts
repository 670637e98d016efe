// Prompt topics for the ways people describe a risky task without its technical name: "sends the
// user back to where they came from" (a redirect), "the company directory" (LDAP), "a file chosen
// by name" (a path), "connects to MongoDB Atlas" (a credential). See triggers.ts.

import type { PromptTopic } from './triggers';

const r = (source: string): RegExp => new RegExp(source, 'i');

export const PHRASING_TOPICS: readonly PromptTopic[] = [
  {
    id: 'query-shaping',
    patterns: [
      r(
        '\\bspring data\\b|\\bfind\\w* (all )?(users?|customers?|orders?|products?|records?|rows?|items?|accounts?) (by|whose|where|with|matching)\\b|\\blooks? up\\b|\\blookups?\\b|\\bcolumn names?\\b|\\border by\\b|\\bwhere clauses?\\b|\\bsort(s|ed|ing)?\\b[^.]{0,30}\\bby\\b',
      ),
    ],
    needs: 'server',
    concepts: [['sqli', 85]],
  },
  {
    id: 'named-tools',
    patterns: [
      r(
        '\\b(with|using|via|through|call\\w*|invok\\w+|runs?|running) (the |an? )?(external |system )?[\\w-]+ (command|cli|binary|executable|utility|tool)\\b|\\b(whois|dig|ping|traceroute|nslookup)\\b[^.]{0,30}\\b(domain|host|ip|address)|\\boutput of (the )?[\\w-]+\\b',
      ),
    ],
    concepts: [['cmdi', 95]],
  },
  {
    id: 'reflected-values',
    patterns: [
      r(
        '\\b(pages?|html|responses?|messages?|toasts?|greetings?|banners?|titles?)\\b[^.]{0,50}\\b(from|in) the (query|request|url|hash|params?|parameters?|form|query string)\\b|\\bhtml (responses?|output)\\b|\\bechoe?s?\\b[^.]{0,40}\\bback\\b',
      ),
    ],
    concepts: [['xss', 88]],
  },
  {
    id: 'files-by-name',
    patterns: [
      r(
        '\\b(files?|logs?|videos?|images?|documents?|reports?|templates?)\\b (\\w+ ){0,3}(by|given|named|from|chosen by) (its |the |a |their )?(file ?)?names?\\b',
      ),
    ],
    concepts: [['path-traversal', 92]],
  },
  {
    id: 'given-addresses',
    patterns: [
      r(
        '\\b(user[- ](provided|supplied|given|entered)|given|arbitrary|external|remote|any) (urls?|address(es)?|hosts?|endpoints?|links?)\\b|\\b(rss|atom) (feeds?|reader)\\b|\\bfeed reader\\b',
      ),
    ],
    concepts: [['ssrf', 92]],
  },
  {
    id: 'stored-objects',
    patterns: [
      r(
        '\\b(read|reads|load|loads|restore|restores|accept|accepts|receive|receives)\\b (a |the |an )?(cached |saved |stored |serialized |pickled |java )+objects?\\b|\\bserialized (java )?objects?\\b',
      ),
    ],
    concepts: [['deserialization', 92]],
  },
  {
    id: 'return-to',
    patterns: [
      r(
        '\\bback to where\\b|\\bwhere (they|the user) came from\\b|\\b(previous|original|requested) (page|url)\\b|\\breturn ?to\\b|\\bforwards? to\\b[^.]{0,20}\\bparam\\w*',
      ),
    ],
    concepts: [['open-redirect', 90]],
  },
  {
    id: 'bearer-tokens',
    patterns: [
      r(
        '\\bauthorization header\\b|\\bdecod\\w* (the |a )?(access |auth |bearer )?tokens?\\b|\\btrusts? (its|the) claims\\b',
      ),
    ],
    concepts: [['jwt', 88]],
  },
  {
    id: 'client-storage',
    patterns: [r('\\b(on|in) the (client|browser)\\b|\\blocal ?storage\\b|\\bsession ?storage\\b')],
    concepts: [['insecure-cookie', 80]],
  },
  {
    id: 'cookie-posts',
    patterns: [r('\\b(cookies?|sessions?)\\b[^.]{0,60}\\b(POST|PUT|DELETE|transfer|form)s?\\b')],
    concepts: [['csrf', 75]],
  },
  {
    id: 'body-to-model',
    patterns: [
      r(
        '\\b(creates?|saves?|updates?|inserts?|stores?)\\b[^.]{0,40}\\b(from|with|using) (the )?(req\\.body|request\\.(json|data|form)|(request|posted|json|form) (body|json|data))\\b|\\b(posted|submitted|incoming) (json|body|data|form)\\b[^.]{0,30}\\b(as|into|to) (an? |the )?(\\w+ )?(entity|model|document|record)\\b',
      ),
    ],
    needs: 'server',
    concepts: [
      ['mass-assignment', 88],
      ['input-validation', 50],
    ],
  },
  {
    id: 'service-credentials',
    patterns: [
      r(
        '\\bconnect\\w* to (the |a |our )?(\\w+ )?(database|db|mongo\\w*|postgres\\w*|mysql|redis|smtp|s3|aws|ftp|sftp|broker|kafka|rabbitmq)\\b|\\bsmtp\\b|\\bmongodb atlas\\b|\\bconnection strings?\\b',
      ),
    ],
    concepts: [['hardcoded-secret', 82]],
  },
  {
    id: 'cross-origin-calls',
    patterns: [
      r(
        '\\blocalhost:\\d+[^.]{0,60}\\bapis?\\b|\\bapis?\\b[^.]{0,60}\\blocalhost:\\d+|\\b(another|different|other) (origin|domain|port)s?\\b|\\bfrom (the |our )?(browser|front-?end|spa|react app|web app)\\b[^.]{0,30}\\bapis?\\b',
      ),
    ],
    concepts: [['cors', 88]],
  },
  {
    id: 'signup',
    patterns: [
      r(
        '\\b(sign[ -]?up|signups?|registration|register (a |new )?(users?|accounts?)|registers users|create (an )?account)\\b',
      ),
    ],
    concepts: [['password-storage', 88]],
  },
  {
    id: 'format-checks',
    patterns: [
      r(
        '\\bvalid (e-?mail|url|phone|format|username)s?\\b|\\b(e-?mail|phone|url) formats?\\b|\\bmatch\\w* (a |the )?pattern\\b',
      ),
    ],
    concepts: [
      ['redos', 75],
      ['input-validation', 70],
    ],
  },
  {
    id: 'nested-paths',
    patterns: [r('\\bsets? (a |the )?(nested|deep) (values?|propert(y|ies)|keys?)\\b|\\bdotted (paths?|keys?)\\b')],
    concepts: [['prototype-pollution', 90]],
  },
  {
    id: 'into-session',
    patterns: [
      r(
        '\\b(copy|copies|put|puts|write|writes|add|adds|store|stores|save|saves|remember|remembers|keep|keeps|set|sets)\\b[^.]{0,60}\\b(into|in|to) (the |a )?(http)?session\\b',
      ),
    ],
    concepts: [['trust-boundary', 80]],
  },
  {
    id: 'production-setup',
    patterns: [
      r(
        '\\b(production|prod) (setup|config\\w*|ready|hardening|deployment)\\b|\\bharden\\w* (the |our )?(app|server|express app)\\b|\\bsetup for production\\b',
      ),
    ],
    concepts: [['security-headers', 85]],
  },
  {
    id: 'received-files',
    patterns: [
      r(
        '\\b(receives?|accepts?|takes)\\b[^.]{0,30}\\b(files?|pdfs?|images?|photos?|documents?|cvs?|resumes?|attachments?|videos?|spreadsheets?)\\b',
      ),
    ],
    needs: 'server',
    concepts: [
      ['file-upload', 90],
      ['path-traversal', 70],
    ],
  },
  {
    id: 'directories',
    patterns: [r('\\b(company|corporate|user|employee|staff) directory\\b')],
    concepts: [['ldapi', 92]],
  },
  {
    id: 'xml-queries',
    patterns: [r('\\bquer\\w*\\b[^.]{0,30}\\bxml\\b|\\bxml\\b[^.]{0,30}\\b(quer\\w*|lookups?|look up|find|search)\\b')],
    concepts: [['xpathi', 92]],
  },
  {
    id: 'database-drivers',
    patterns: [
      r(
        '\\braw (sql|quer\\w*)\\b|\\b(psycopg2?|pymysql|mysqlclient|asyncpg|pgx|database/sql|query builder)\\b|\\b(gets?|fetch\\w*|finds?|selects?|loads?|reads?) (a |the |all |one )?(\\w+ )?rows?\\b|\\bfilter(s|ed|ing)? by\\b',
      ),
    ],
    concepts: [['sqli', 85]],
  },
  {
    id: 'shell-out',
    patterns: [r('\\bshell(s|ing)? out\\b')],
    concepts: [['cmdi', 95]],
  },
  {
    id: 'resource-apis',
    patterns: [
      r(
        '\\b(crud|rest (apis?|endpoints?|viewsets?)|viewsets?|querysets?|resource (apis?|endpoints?)|endpoints? for (the |our )?\\w+s)\\b',
      ),
    ],
    concepts: [['authorization', 80]],
  },
  {
    id: 'cloud-services',
    patterns: [
      r(
        '\\b(to|from|with|using) (an? |the |our )?(s3|gcs|azure blob|aws|gcp|openai|stripe|twilio|sendgrid|slack|github|mailgun)\\b|\\b(client|sdk|wrapper|integration) for (the )?[\\w.]+ api\\b',
      ),
    ],
    concepts: [['hardcoded-secret', 85]],
  },
  {
    id: 'library-choice',
    patterns: [
      r(
        '\\bwhich (\\w+ )?(library|package|module|crate|dependency)\\b|\\b(library|package|module) (should|to use)\\b|\\brecommend (an? )?(\\w+ )?(library|package)\\b',
      ),
    ],
    concepts: [['dependency-hygiene', 88]],
  },
  {
    id: 'guards',
    patterns: [r('\\bguards?\\b|\\bprotects? (\\w+ )?(routes?|pages?|endpoints?)\\b')],
    concepts: [['authentication', 85]],
  },
  {
    id: 'java-queries',
    patterns: [
      r(
        '\\b(jdbctemplate|namedparameterjdbctemplate|entitymanager|createquery|createnativequery|nativequery|@query|criteria api|statement\\.execute\\w*)\\b',
      ),
    ],
    concepts: [['sqli', 88]],
  },
  {
    id: 'saved-state',
    patterns: [r('\\b(saved|serialized|persisted|pickled|cached) (\\w+ )?(state|objects?)\\b')],
    concepts: [['deserialization', 88]],
  },
  {
    id: 'access-tokens',
    patterns: [r('\\baccess tokens?\\b|\\bid tokens?\\b')],
    concepts: [['jwt', 85]],
  },
  {
    id: 'team-scope',
    patterns: [
      r(
        '\\b(their|same|own) (team|department|organi[sz]ation|company|group)\\b|\\bmanagers?\\b[^.]{0,40}\\b(approve|see|view|edit)\\b',
      ),
    ],
    concepts: [['authorization', 88]],
  },
  {
    id: 'any-field',
    patterns: [
      r(
        '\\b(any|all|arbitrary|whatever) fields?\\b|\\bcop(y|ies) (all )?(the )?(properties|keys|fields|attributes) (from|of)\\b',
      ),
    ],
    concepts: [
      ['mass-assignment', 88],
      ['prototype-pollution', 86],
    ],
  },
  {
    id: 'errors-to-clients',
    patterns: [
      r(
        '\\berrors?\\b[^.]{0,30}\\b(to|for) the (client|user|caller|browser|frontend)\\b|\\b(return|returns|send|sends|show|shows)\\b (a |an |the )?(\\w+ )?(error|exception)s?\\b',
      ),
    ],
    concepts: [['info-leak', 90]],
  },
  {
    id: 'resend-codes',
    patterns: [r('\\bverification (e-?mails?|links?|sms)\\b|\\bresend\\w*\\b')],
    concepts: [['rate-limit', 85]],
  },
  {
    id: 'attach-files',
    patterns: [r('\\battach(es|ing)? (a |the )?(\\w+ )?(files?|photos?|images?|documents?|pdfs?)\\b')],
    concepts: [
      ['file-upload', 92],
      ['path-traversal', 75],
    ],
  },
  {
    id: 'user-rules',
    patterns: [
      r(
        '\\b(custom|user[- ]\\w+|admin[- ]\\w+|their own) (\\w+ )?(rules?|scripts?|formulas?|expressions?|code|plugins?)\\b[^.]{0,50}\\b(run|runs|execute|executes|evaluat\\w*)\\b',
      ),
    ],
    concepts: [['code-injection', 95]],
  },
  {
    id: 'xml-lookups',
    patterns: [
      r('\\b(find|look ?up|search|select|query)\\w*\\b[^.]{0,40}(\\.xml\\b|\\bin (the |an? )?(\\w+ )?xml\\b)'),
    ],
    concepts: [['xpathi', 90]],
  },
  {
    id: 'framing',
    patterns: [
      r('\\bembedd?\\w* in (an? |other )?(\\w+ )?(iframes?|frames?)\\b|\\bframed by\\b|\\bframe[- ]ancestors\\b'),
    ],
    concepts: [['security-headers', 92]],
  },
  {
    id: 'known-vulnerabilities',
    patterns: [
      r(
        '\\bknown vulnerabilit\\w+|\\bvulnerable versions?\\b|\\b(upgrade|bump|update)s? [\\w.@/-]+ to (a |the )?(newer |latest |safe |patched )?(version|release)\\b',
      ),
    ],
    concepts: [['vulnerable-dependency', 92]],
  },
  {
    id: 'templates-with-user-data',
    patterns: [r('\\btemplates?\\b[^.]{0,40}\\b(user|name|input|comments?|messages?|greets?)\\b')],
    concepts: [['xss', 85]],
  },
  {
    id: 'temporary-passwords',
    patterns: [r('\\b(temporary|initial|one-time|default) passwords?\\b')],
    concepts: [['weak-random', 90]],
  },
  {
    id: 'nested-params',
    patterns: [
      r(
        '\\bnested (query|params?|parameters|keys|objects?|fields)\\b|\\bparses? [^.]{0,30}\\binto an? (plain )?object\\b|\\bqs\\.parse\\b',
      ),
    ],
    concepts: [['prototype-pollution', 88]],
  },
  {
    id: 'run-code',
    patterns: [
      r(
        '\\brepl\\b|\\b(run|runs|execute|executes|evaluat\\w*)\\b (the |some |arbitrary |user |their )?(javascript|js|python|groovy|lua|sql|code|scripts?)\\b',
      ),
    ],
    concepts: [['code-injection', 95]],
  },
  {
    id: 'batches',
    patterns: [r('\\b(lists? of (items|records|rows|ids)|bulk|batch(es)?|arrays? of (items|records|objects))\\b')],
    concepts: [['resource-limits', 70]],
  },
  {
    id: 'error-middleware',
    patterns: [r('\\berror (middleware|handling middleware|boundar(y|ies))\\b|\\bexception (handlers?|mappers?)\\b')],
    concepts: [['info-leak', 90]],
  },
];
