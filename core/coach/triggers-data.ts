// Prompt topics about data and the system: databases, records and who owns them, external
// programs, files, archives and the formats untrusted data arrives in (see triggers.ts).

import type { PromptTopic } from './triggers';

const r = (source: string): RegExp => new RegExp(source, 'i');

export const DATA_TOPICS: readonly PromptTopic[] = [
  {
    id: 'database',
    patterns: [
      r(
        '\\b(sql|mysql|postgres\\w*|sqlite|mariadb|database|databases|db|orm|sqlalchemy|sequelize|knex|prisma|typeorm|hibernate|jpa|jdbc|gorm|sqlx|repository|repositories|dao|mongo\\w*|mongoose)\\b',
      ),
      r('\\b(select\\s.+\\sfrom|insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set)\\b'),
      r(
        '\\b(the |a |our )?\\w+ table\\b(?<!html table)|\\bqueries\\b|\\bquery (the|a|our)\\b|\\bstored procedures?\\b',
      ),
    ],
    concepts: [
      ['sqli', 88],
      ['input-validation', 35, 'server'],
    ],
  },
  {
    id: 'search',
    patterns: [r('\\bsearch(es|ing)?\\b|\\bfilter(s|ing)? (by|on)\\b|\\bsort(ed|ing)? by\\b')],
    needs: 'server',
    concepts: [
      ['sqli', 85],
      ['input-validation', 45],
    ],
  },
  {
    id: 'object-access',
    patterns: [
      r(
        '\\b(for|by|of|with|from) (a |the |given |specific |an? )?(user|customer|account|tenant|org(ani[sz]ation)?|member|patient|employee|student|order|invoice|document|project|team)[ _-]?ids?\\b',
      ),
      r('\\b(by|from) (its |the |an? |their )?ids?\\b|\\b[a-z]+_id\\b|/:\\w*id\\b|\\{\\w*id\\}|<(int:)?\\w*id>'),
      r(
        "\\b(their|his|her|own|my|a user's|the user's) (own )?(orders?|invoices?|documents?|files?|records?|profiles?|accounts?|posts?|messages?|notes?|data|photos?|settings|reports?|payments?|tickets?|bookings?|appointments?)\\b",
      ),
      r(
        '\\btransfer\\w* (money|funds|credits|points)\\b|\\bbetween (two )?accounts\\b|\\b(another|other) users?\\b|\\bidor\\b|\\bownership\\b|\\bowners?\\b|\\bowned by\\b|\\bmulti[- ]tenan\\w*|\\btenants?\\b',
      ),
      r(
        '\\b(authori[sz]\\w*|permissions?|roles?|rbac|acl|admins? only|admin[- ]only|access control|privileges?|only (the )?(owner|admins?|author))\\b',
      ),
    ],
    concepts: [
      ['authorization', 95],
      ['sqli', 45, 'server'],
      ['input-validation', 40, 'server'],
    ],
  },
  {
    id: 'record-actions',
    patterns: [
      r(
        '\\b(view|views|edit|edits|update|updates|delete|deletes|remove|removes|cancel|cancels|download|downloads|archive|archives|share|shares|approve|approves)\\b (a |an |the |any |their |his |her |one )?(\\w+ )?(posts?|comments?|orders?|invoices?|documents?|records?|bookings?|messages?|projects?|tickets?|notes?|reports?|tasks?|reviews?|appointments?|accounts?|subscriptions?)\\b',
      ),
    ],
    concepts: [['authorization', 85]],
  },
  {
    id: 'admin',
    patterns: [r('\\badmin(istrator)?s?\\b|\\bback[- ]?office\\b|\\bdashboard\\b')],
    concepts: [['authorization', 70]],
  },
  {
    id: 'external-programs',
    patterns: [
      r(
        '\\b(ffmpeg|ffprobe|imagemagick|magick|ghostscript|pandoc|wkhtmltopdf|libreoffice|soffice|pdftotext|pdftk|tesseract|exiftool|yt-dlp|youtube-dl|nmap|nslookup|traceroute|kubectl|rsync|sox|clamscan|graphviz)\\b',
      ),
      r(
        '\\bgit (clone|pull|log|checkout|fetch|commands?|blame|diff)\\b|\\b(shell|bash|powershell|cmd\\.exe|subprocess|child_process|popen|os\\.system|exec\\.Command|ProcessBuilder|Runtime\\.getRuntime)\\b',
      ),
      r(
        '\\b(run|runs|running|execute|executes|executing|exec|spawn|spawns|invoke|invokes|call|calls|shell out to)\\s+(an? |the |arbitrary |system |os |shell |user |external |cli )*(\\w+ )?(commands?|programs?|scripts?|binar(y|ies)|process(es)?|tools?|(git|tar|unzip|zip|curl|wget|openssl|docker|ssh|ping|convert|make|npm|pip))\\b',
      ),
      r('\\b(ping|traceroute|dig|whois) (a |the |any )?(host|ip|domain|address)'),
    ],
    concepts: [
      ['cmdi', 100],
      ['resource-limits', 40],
      ['input-validation', 35, 'server'],
    ],
  },
  {
    id: 'code-evaluation',
    patterns: [
      r(
        '\\beval\\b|\\bexec\\(|\\bnew Function\\b|\\b(formulas?|math expressions?|calculator|expression (evaluator|parser|language)|user[- ](defined|supplied) (rules?|scripts?|code|expressions?|templates?)|plugins? (system|loader)|dynamic(ally)? (import|load|evaluat)\\w*|sandbox\\w*|spel|ognl|scriptengine)\\b',
      ),
    ],
    concepts: [['code-injection', 95]],
  },
  {
    id: 'file-upload',
    patterns: [
      r(
        '\\bupload(s|ed|ing|er)?\\b|\\bmultipart\\b|\\bmulter\\b|request\\.files|\\bFormFile\\b|\\bMultipartFile\\b|\\bUploadFile\\b',
      ),
      r('\\b(file |photo |image )?attachments?\\b|\\bavatars?\\b|\\bprofile (pictures?|photos?|images?)\\b'),
    ],
    concepts: [
      ['file-upload', 95],
      ['path-traversal', 80],
      ['resource-limits', 45],
    ],
  },
  {
    id: 'file-download',
    patterns: [
      r('\\bdownload(s|ing|able)?\\b(?![^.]*\\b(urls?|links?|internet|remote|website|web page)\\b)'),
      r(
        '\\b(serve|serves|serving|send|sends|stream|streams|return|returns) (static |the |a |any |uploaded |requested )?(files?|attachments?|documents?|pdfs?|images?)\\b|\\bsend_file\\b|\\bsendFile\\b|\\bsend_from_directory\\b|\\bfile server\\b|\\bstatic files\\b',
      ),
      r(
        '\\b(files?|folders?|director(y|ies)|paths?) (chosen|picked|selected|named|given|specified|provided|supplied) by (the )?(users?|clients?|callers?)\\b|\\blists? (the |all )?files\\b',
      ),
      r(
        '\\b(file ?names?|file ?paths?|paths?) (from|in|given|passed|supplied|provided|chosen)\\b|\\b(by|from) (its |the )?file ?names?\\b|\\b(read|open|delete|remove|write)s? (the |a )?files? (named|whose name|the user)',
      ),
    ],
    concepts: [
      ['path-traversal', 95],
      ['authorization', 50, 'server'],
    ],
  },
  {
    id: 'archives',
    patterns: [
      r(
        '\\b(zip|unzip\\w*|zipfile|tar|tarfile|tarballs?|gzip|gz|7z|rar|archives?|jar files?)\\b(?! ?codes?)(?<!postal zip)',
      ),
      r('\\b(extract|extracts|extracting|decompress\\w*|unpack\\w*|inflat\\w*)\\b'),
    ],
    unless: r('\\bzip ?codes?\\b'),
    concepts: [
      ['archive', 95],
      ['resource-limits', 50],
    ],
  },
  {
    id: 'data-loaders',
    patterns: [
      r(
        '\\b(ya?ml|pickle[ds]?|unpickl\\w*|marshal|shelve|joblib|dill|cloudpickle|ObjectInputStream|readObject|xstream|kryo|snakeyaml|js-yaml|node-serialize|gob|deserializ\\w*|unserializ\\w*|serializ\\w*)\\b',
      ),
    ],
    concepts: [['deserialization', 95]],
  },
  {
    id: 'xml',
    patterns: [
      r(
        '\\b(sax|stax|dom parser|xml|xsd|xslt|soap|svg|rss|atom feeds?|saml|lxml|etree|DocumentBuilder\\w*|SAXParser\\w*|XMLReader|XMLInputFactory|Unmarshaller|jaxb|xml2js|libxmljs|docx|xlsx|odt)\\b',
      ),
    ],
    concepts: [['xxe', 92]],
  },
  { id: 'xpath', patterns: [r('\\bxpath\\b')], concepts: [['xpathi', 95]] },
  {
    id: 'ldap',
    patterns: [r('\\b(ldap|active directory|ldaps)\\b')],
    concepts: [
      ['ldapi', 95],
      ['authentication', 50],
    ],
  },
];
