// JavaScript: multer / express-fileupload get a size limit and an extension filter. Review: the
// limit and the list are choices.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { propertyKey, ensureProperties, objectLiteral, type WantedProperty } from './objects';

const UPLOAD_LIMIT = '{ fileSize: 5 * 1024 * 1024 }';

const UPLOAD_FILTER = '(req, file, cb) => cb(null, /\\.(png|jpe?g|gif|pdf)$/i.test(file.originalname))';

/** multer({ … }) → limits.fileSize and an extension fileFilter; fileUpload() → limits. */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  const name = call.childForFieldName('function')?.text;
  const argList = call.childForFieldName('arguments');
  if (!argList || (name !== 'multer' && !/^(fileUpload|expressFileUpload|fileupload)$/.test(name ?? '')))
    return undefined;
  const args = argList.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
  const wanted: WantedProperty[] = [{ key: 'limits', value: UPLOAD_LIMIT, ok: /./ }];
  if (name === 'multer') wanted.push({ key: 'fileFilter', value: UPLOAD_FILTER, ok: /./ });
  else wanted.push({ key: 'abortOnLimit', value: 'true', ok: /./ });
  const title = name === 'multer' ? 'Limit upload size and accept only allowed file extensions' : 'Limit upload size';
  if (args.length === 0)
    return { title, edits: [replace(argList, `({ ${wanted.map((w) => `${w.key}: ${w.value}`).join(', ')} })`)] };
  const options = objectLiteral(ctx, args[0]);
  if (!options) return undefined;
  // A method shorthand `fileFilter(req, file, cb) { … }` counts as present.
  const present = (key: string): boolean =>
    options.namedChildren.some(
      (c) =>
        !!c &&
        (propertyKey(c) === key || (c.type === 'method_definition' && c.childForFieldName('name')?.text === key)),
    );
  const edits = ensureProperties(
    ctx,
    options,
    wanted.filter((w) => !present(w.key)),
  );
  return edits.length > 0 ? { title, edits } : undefined;
};

export const uploadLimitsFixer: Fixer = { name: 'js-upload-limits', safety: 'review', propose };
