// Go: an upload gets a size limit and an extension allow-list. Review: the limit and the list are
// choices.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, fileMatches, indentOf, insertAt, statementOf } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { handlerOf, block } from './handler';

// Kept in step with go/file-upload/unvalidated-upload: what counts as a type check / a size limit.
const UPLOAD_TYPE_CHECK =
  /(filepath\.Ext|path\.Ext|DetectContentType|Content-Type|allow|mimetype|filetype\.|HasSuffix|\.Ext\(|validat|permitted|whitelist)/i;

const UPLOAD_SIZE_LIMIT =
  /(MaxBytesReader|ParseMultipartForm\(|MaxMultipartMemory|BodyLimit|LimitReader|\.Size\s*>|ContentLength\s*>)/;

const propose: Propose = (ctx) => {
  const fn = ctx.flow.enclosingFunction(ctx.node);
  if (!fn) return undefined;
  const isFormFile = (n: Node): boolean =>
    n.type === 'call_expression' && n.childForFieldName('function')?.childForFieldName('field')?.text === 'FormFile';
  const formFile = isFormFile(ctx.node)
    ? ctx.node
    : fn.descendantsOfType('call_expression').find((n): n is Node => !!n && isFormFile(n));
  const stmt = formFile && statementOf(ctx, formFile);
  if (!formFile || !stmt || stmt.type !== 'short_var_declaration') return undefined;
  const receiver = formFile.childForFieldName('function')?.childForFieldName('operand')?.text ?? '';
  const params = fn.childForFieldName('parameters')?.text ?? '';
  const writer = /(\w+)\s+http\.ResponseWriter/.exec(params)?.[1];
  const edits: TextEdit[] = [];
  const nl = eol(ctx);
  const indent = indentOf(ctx.text, stmt);
  if (!fileMatches(ctx, UPLOAD_SIZE_LIMIT)) {
    let limit: string | undefined;
    if (writer)
      limit = `${receiver}.Body = http.MaxBytesReader(${writer}, ${receiver}.Body, 10<<20) // 10 MB upload limit`;
    else if (new RegExp(`${receiver}\\s+\\*gin\\.Context`).test(params))
      limit = `${receiver}.Request.Body = http.MaxBytesReader(${receiver}.Writer, ${receiver}.Request.Body, 10<<20) // 10 MB upload limit`;
    else if (new RegExp(`${receiver}\\s+echo\\.Context`).test(params))
      limit = `${receiver}.Request().Body = http.MaxBytesReader(${receiver}.Response(), ${receiver}.Request().Body, 10<<20) // 10 MB upload limit`;
    if (!limit) return undefined;
    edits.push(
      insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, `${limit}${nl}${indent}`),
    );
  }
  if (!UPLOAD_TYPE_CHECK.test(fn.text)) {
    // The header is the second result of r.FormFile and the first of gin/echo c.FormFile.
    const names = stmt.childForFieldName('left')?.namedChildren.map((n) => n?.text ?? '') ?? [];
    const header = names.length === 3 ? names[1] : names.length === 2 ? names[0] : undefined;
    const reject = handlerOf(ctx, formFile).reject('file type not allowed');
    if (!header || header === '_' || !reject) return undefined;
    // After the `if err != nil { … }` that follows, where the header is known to be valid.
    const next = stmt.nextNamedSibling;
    const anchor =
      next?.type === 'if_statement' && /err\s*!=\s*nil/.test(next.childForFieldName('condition')?.text ?? '')
        ? next
        : stmt;
    const check = block(
      ctx,
      indent,
      `if ext := strings.ToLower(filepath.Ext(${header}.Filename)); ext != ".png" && ext != ".jpg" && ext != ".jpeg" && ext != ".pdf" {`,
      reject,
    );
    edits.push(
      insertAt({ line: anchor.endPosition.row, character: anchor.endPosition.column }, `${nl}${indent}${check}`),
    );
    for (const [line, present] of [
      ['"strings"', /"strings"/],
      ['"path/filepath"', /"path\/filepath"/],
    ] as const) {
      const imp = addImport(ctx, line, present);
      if (imp) edits.push(imp);
    }
  }
  return edits.length > 0 ? { title: 'Limit the upload size and allow-list file extensions', edits } : undefined;
};

export const uploadValidationFixer: Fixer = { name: 'go-upload-validation', safety: 'review', propose };
