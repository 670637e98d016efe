// Python: a Flask upload gets an extension allow-list and MAX_CONTENT_LENGTH. Review: it inserts a
// function and app config.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, fileMatches, indentUnit, insertAt, insertLinesBefore, statementOf } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** The top-level statement (function, decorated function, class) that holds `node`. */
function topLevel(node: Node): Node {
  let current = node;
  while (current.parent && current.parent.type !== 'module') current = current.parent;
  return current;
}

const propose: Propose = (ctx) => {
  const file = ctx.captures.get('file')?.[0];
  if (!file || !/^[\w.]+$/.test(file.text)) return undefined;
  const nl = eol(ctx);
  const unit = indentUnit(ctx);
  const stmt = statementOf(ctx, ctx.node);
  const fn = ctx.flow.enclosingFunction(ctx.node);
  const edits: TextEdit[] = [];
  const needsType = !/allowed_file|ALLOWED_EXT|splitext|\.rsplit\(|\.endswith\(|mimetype|content_type/.test(
    fn?.text ?? '',
  );
  const needsSize = !fileMatches(ctx, /MAX_CONTENT_LENGTH|content_length|MAX_UPLOAD_SIZE|MAX_FILE_SIZE/);
  const top = topLevel(ctx.node);
  const app = /@(\w+)\.(route|post|put)\(/.exec(top.text)?.[1];
  let preamble = '';
  if (needsType) {
    const abortImport = addImport(ctx, 'from flask import abort', /import[^\n]*\babort\b/);
    if (abortImport) edits.push(abortImport);
    if (!fileMatches(ctx, /\bALLOWED_EXTENSIONS\s*=/))
      preamble += `ALLOWED_EXTENSIONS = {'png', 'jpg', 'jpeg', 'gif', 'pdf', 'txt'}${nl}`;
    if (!fileMatches(ctx, /def allowed_file\(/)) {
      preamble += `${nl}${nl}def allowed_file(filename):${nl}${unit}return '.' in filename and filename.rsplit('.', 1)[1].lower() in ALLOWED_EXTENSIONS${nl}`;
    }
    // In the save's own block, also when it sits in a one-line `if` or after `;`.
    edits.push(insertLinesBefore(ctx, stmt, [`if not allowed_file(${file.text}.filename):`, `${unit}abort(400)`]));
  }
  if (needsSize && app)
    preamble = `${app}.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024  # larger uploads get HTTP 413${nl}${preamble}`;
  if (preamble)
    edits.splice(
      edits.length - (needsType ? 1 : 0),
      0,
      insertAt({ line: top.startPosition.row, character: 0 }, `${preamble}${nl}${nl}`),
    );
  if (edits.length === 0) return undefined;
  return { title: 'Check the file extension and limit the upload size', edits };
};

export const uploadValidationFixer: Fixer = { name: 'py-upload-validation', safety: 'review', propose };
