// Where each object key of a JSON document is written, found in one forward pass. JSON.parse
// keeps no positions; searching the text once per dependency made an 80k-entry package.json take
// minutes. The text is already known to be valid JSON (JSON.parse ran first), so this only has to
// tell keys from values and strings from structure. No recursion: nesting depth costs nothing.

import { scanWork } from './text';

export interface JsonKey {
  /** Offset of the key's opening quote. */
  at: number;
  /** The key's value, when it is an object. */
  value?: JsonObject;
}

export interface JsonObject {
  keys: Map<string, JsonKey>;
}

interface Frame {
  /** Undefined for an array. */
  object?: JsonObject;
  expectKey: boolean;
  pending?: JsonKey;
}

function stringEnd(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

/** The root object's keys (first occurrence of a repeated key wins), or undefined when the root is not an object. */
export function indexJsonKeys(text: string): JsonObject | undefined {
  let root: JsonObject | undefined;
  const stack: Frame[] = [];
  const open = (object: JsonObject | undefined): void => {
    const parent = stack[stack.length - 1];
    if (parent?.pending && object) parent.pending.value = object;
    if (parent) parent.pending = undefined;
    if (!parent && object) root = object;
    stack.push({ object, expectKey: object !== undefined });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const frame = stack[stack.length - 1];
    if (c === '{') open({ keys: new Map() });
    else if (c === '[') open(undefined);
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      if (frame) {
        frame.expectKey = frame.object !== undefined;
        frame.pending = undefined;
      }
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (frame?.object && frame.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const entry: JsonKey = { at: i };
        if (!frame.object.keys.has(key)) frame.object.keys.set(key, entry);
        frame.pending = entry;
        frame.expectKey = false;
      } else if (frame) frame.pending = undefined;
      i = end;
    }
  }
  scanWork.chars += text.length;
  return root;
}

/** The object at a path of keys from the root, if every step is an object. */
export function jsonObjectAt(root: JsonObject | undefined, ...path: string[]): JsonObject | undefined {
  let node = root;
  for (const key of path) node = node?.keys.get(key)?.value;
  return node;
}
