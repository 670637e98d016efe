// Small text helpers for line-based code reading: call arguments with balanced brackets, string
// literals blanked out, and the function around a line. Heuristic by design (no parser in the client).

/** The line with string literals replaced by spaces (same length), so identifiers in them vanish. */
export function blankStrings(line: string): string {
  return line.replace(/(["'`])(?:\\.|(?!\1).)*\1?/g, (m) => ' '.repeat(m.length));
}

export function isLiteral(expr: string): boolean {
  const e = expr.trim();
  // A list or array of literals (`["ls", "-l"]`, `[]string{"ls"}`) is as constant as its items.
  const list = /^(?:\[\]\w+\{|\[|\{)(.*)[\]}]$/.exec(e);
  if (list) return list[1].trim() === '' || callArguments(`(${list[1]})`, 0).every(isLiteral);
  return /^(["'`]).*\1$|^-?\d[\d_.]*$|^(true|false|null|nil|None|undefined)$/.test(e) && !/\$\{/.test(e);
}

/** Top-level arguments of the call whose `(` is at `open`; unbalanced input runs to the end. */
export function callArguments(line: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | undefined;
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      current += c;
      if (c === '\\') current += line[++i] ?? '';
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      current += c;
    } else if ('([{'.includes(c)) {
      if (depth++ > 0) current += c;
    } else if (')]}'.includes(c)) {
      if (--depth === 0) break;
      current += c;
    } else if (c === ',' && depth === 1) {
      args.push(current.trim());
      current = '';
    } else if (depth > 0) current += c;
  }
  if (current.trim() !== '') args.push(current.trim());
  return args;
}

/** A readable name for an argument expression: `data["command"].(string)` → `data["command"]`. */
export function subjectOf(expr: string): string {
  let s = expr.trim().replace(/\.\(\s*[\w.*[\]]+\s*\)$/, '');
  s = s.replace(/^\((String|Integer|Long|Object|int|long)\)\s*/, '');
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const PY_DEF = /^(\s*)(async\s+)?def\s+\w+/;
const BRACE_FUNCTION =
  /\bfunc\b|\bfunction\b|=>\s*\{|^\s*(public|private|protected|static|final|async|export)\b.*\(|^\s*[\w<>[\],.? ]+\s+\w+\s*\([^;]*\)\s*(throws\s+[\w., ]+)?\s*\{?\s*$|^\s*(async\s+)?\w+\s*\([^;]*\)\s*\{\s*$/;

export interface LineSpan {
  start: number;
  end: number;
}

/** Zero-based inclusive lines of the function around `line`, or undefined when none is found. */
export function enclosingFunction(text: string, line: number, indentBased: boolean): LineSpan | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  return indentBased ? enclosingPython(lines, line) : enclosingBraces(lines, line);
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

function enclosingPython(lines: string[], line: number): LineSpan | undefined {
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const m = PY_DEF.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].trim() === '') continue;
      if (indentOf(lines[j]) <= indent) break;
      end = j;
    }
    if (end < line && i !== line) continue;
    let start = i;
    while (start > 0 && /^\s*@/.test(lines[start - 1])) start--;
    return { start, end };
  }
  return undefined;
}

function enclosingBraces(lines: string[], line: number): LineSpan | undefined {
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    if (!BRACE_FUNCTION.test(lines[i]) || /^\s*(if|for|while|switch|catch|return|else)\b/.test(lines[i])) continue;
    let depth = 0;
    let opened = false;
    for (let j = i; j < lines.length; j++) {
      for (const c of blankStrings(lines[j]).replace(/\/\/.*$/, '')) {
        if (c === '{') {
          depth++;
          opened = true;
        } else if (c === '}') depth--;
      }
      if (opened && depth <= 0) {
        if (j >= line) return { start: i, end: j };
        break;
      }
      if (!opened && j > i + 3) break;
    }
  }
  return undefined;
}
