// Python imports that several fixers add, each with the one pattern that says it is already there,
// so the fixers cannot disagree on whether a file imports it.

import { addImport } from '../edits';
import type { FixContext, TextEdit } from '../model';

/** `import os`, present also as `import os.path` or within `import sys, os`. */
export function importOs(ctx: FixContext): TextEdit | undefined {
  return addImport(ctx, 'import os', /^\s*import\s+(?:[\w.]+\s*,\s*)*os(?:\.path)?\s*(?:,|#|$)/m);
}

/** `from urllib.parse import urlparse`, present also among other names of that import. */
export function importUrlparse(ctx: FixContext): TextEdit | undefined {
  return addImport(ctx, 'from urllib.parse import urlparse', /^\s*from\s+urllib\.parse\s+import\s+[^\n]*\burlparse\b/m);
}
