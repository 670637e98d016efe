// Text edits of JSON (and JSONC) config files that touch nothing but Warden's entry: the user's
// bytes, comments, indentation and inline style stay exactly as they were, and removing an entry
// gives back the text from before it was added. jsonc-parser finds the nodes; the edits are made
// here because its formatter re-lays out the neighbouring lines of an insertion.

import { findNodeAtLocation, Node, parseTree } from 'jsonc-parser';

interface Style {
  eol: string;
  unit: string;
}

function styleOf(text: string): Style {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { eol: text.includes('\r\n') ? '\r\n' : '\n', unit: indent.startsWith('\t') ? '\t' : indent };
}

/** The indentation of the line `offset` is on, and whether only that indentation precedes it. */
function lineIndent(text: string, offset: number): { indent: string; startsLine: boolean } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(start, offset);
  return { indent: /^[ \t]*/.exec(before)![0], startsLine: before.trim() === '' };
}

function render(value: unknown, indent: string | undefined, style: Style): string {
  if (indent === undefined) return JSON.stringify(value);
  return JSON.stringify(value, null, style.unit)
    .split('\n')
    .join(style.eol + indent);
}

/** `value` as the child `key` (a property) or as an array element (`key` undefined). */
function childText(key: string | undefined, value: unknown, indent: string | undefined, style: Style): string {
  return `${key === undefined ? '' : `${JSON.stringify(key)}: `}${render(value, indent, style)}`;
}

function insertChild(text: string, container: Node, key: string | undefined, value: unknown): string {
  const style = styleOf(text);
  const kids = container.children ?? [];
  const end = container.offset + container.length;
  if (kids.length === 0) {
    const { indent } = lineIndent(text, container.offset);
    const inner = indent + style.unit;
    return (
      text.slice(0, container.offset + 1) +
      style.eol +
      inner +
      childText(key, value, inner, style) +
      style.eol +
      indent +
      text.slice(end - 1)
    );
  }
  const last = kids[kids.length - 1];
  const { indent, startsLine } = lineIndent(text, last.offset);
  const gap = startsLine ? style.eol + indent : ' ';
  const entry = childText(key, value, startsLine ? indent : undefined, style);
  const at = last.offset + last.length;
  // A trailing comma (JSONC) stays the last thing in the list.
  const trailing = /^\s*,/.exec(text.slice(at, end));
  if (trailing) return text.slice(0, at + trailing[0].length) + gap + entry + ',' + text.slice(at + trailing[0].length);
  return text.slice(0, at) + ',' + gap + entry + text.slice(at);
}

/** The node at `path` (for a property: the value), or undefined. */
export function nodeAt(text: string, path: (string | number)[]): Node | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true });
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** Sets `path` to `value`, creating the missing objects on the way; other text unchanged. */
export function setAt(text: string, path: string[], value: unknown): string {
  const existing = nodeAt(text, path);
  if (existing) {
    const { indent } = lineIndent(text, existing.parent?.offset ?? existing.offset);
    return (
      text.slice(0, existing.offset) +
      render(value, indent, styleOf(text)) +
      text.slice(existing.offset + existing.length)
    );
  }
  let depth = path.length - 1;
  while (depth > 0 && !nodeAt(text, path.slice(0, depth))) depth--;
  const container =
    depth === 0 ? parseTree(text, [], { allowTrailingComma: true })! : nodeAt(text, path.slice(0, depth))!;
  let nested: unknown = value;
  for (let i = path.length - 1; i > depth; i--) nested = { [path[i]]: nested };
  return insertChild(text, container, path[depth], nested);
}

/** Appends `value` to the array at `path` (created when missing). */
export function appendAt(text: string, path: string[], value: unknown): string {
  const array = nodeAt(text, path);
  if (!array) return setAt(text, path, [value]);
  return insertChild(text, array, undefined, value);
}

/** Removes the array element or property whose value node is `node`, with the separator install added. */
export function removeNode(text: string, node: Node): string {
  const item = node.parent?.type === 'property' ? node.parent : node;
  const siblings = item.parent?.children ?? [];
  const index = siblings.indexOf(item);
  if (index > 0) {
    const previous = siblings[index - 1];
    return text.slice(0, previous.offset + previous.length) + text.slice(item.offset + item.length);
  }
  if (siblings.length > 1) return text.slice(0, item.offset) + text.slice(siblings[1].offset);
  // The only child: the container is left empty, as `{}` or `[]`.
  const container = item.parent!;
  return text.slice(0, container.offset + 1) + text.slice(container.offset + container.length - 1);
}
