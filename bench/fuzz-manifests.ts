// Fuzz targets beyond source code (issue 16): dependency manifests and custom rule files. Pure
// generators (seeded, so a case replays from its seed) and oracles; bench/fuzz.ts runs them at
// length, test/unit/fuzz-targets.test.ts runs a small fixed-seed sample.
//
// Manifests: mutations of small real-shaped package.json, lockfiles, requirements, pyproject,
// poetry.lock, go.mod, pom.xml and build.gradle, plus the hostile shapes (long runs of spaces,
// quotes and brackets, deep nesting, many entries). Every scan must return (a malformed file is a
// problem, never an exception), with every range inside the document and every quick-fix edit
// applying cleanly.
// Rule files: mutations of the built-in YAML rules and hostile YAML (alias bombs, deep nesting,
// long lists, wrong types) loaded as a custom rule beside the built-in ones: the loader never
// throws, the custom file either loads or is named in a problem, and every built-in rule survives.

import { applyEdits } from '../server/src/engine/fixes/apply';
import { loadRuleSources } from '../server/src/engine/rule-loader';
import type { RuleSource } from '../server/src/engine';
import { scanManifest } from '../server/src/sca';
import type { AdvisorySnapshot, ProjectManifests } from '../server/src/sca';
import { lspLineStarts, rangeProblems, Rng } from './fuzz-lib';

export interface TextCase {
  label: string;
  file: string;
  text: string;
}

export const MANIFEST_SEEDS: Record<string, string> = {
  'package.json':
    '{\n  "name": "app",\n  "dependencies": {\n    "lodash": "^4.17.15",\n    "request": "2.88.2",\n    "crypto-js": "4.1.1"\n  },\n  "devDependencies": { "minimist": ">=1.2.0 <1.3.0" }\n}\n',
  'package-lock.json':
    '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "dependencies": { "lodash": "^4.17.0" } },\n    "node_modules/lodash": { "version": "4.17.20" },\n    "node_modules/a/node_modules/minimist": { "version": "0.0.8" },\n    "node_modules/minimist": { "version": "1.2.5" }\n  }\n}\n',
  'requirements.txt':
    '# pins\nDjango==3.2.4  # LTS\nrequests[socks]>=2.25,<3 ; python_version >= "3.8"\npycrypto==2.6.1\n-r other.txt\n',
  'pyproject.toml':
    '[project]\nname = "svc"\ndependencies = [\n  "Django>=3.2.4",\n  "requests==2.30.0",\n]\n\n[tool.poetry.dependencies]\npython = "^3.10"\nFlask = "^2.2.2"\nurllib3 = { version = "1.26.5", optional = true }\n',
  'poetry.lock':
    '[[package]]\nname = "jinja2"\nversion = "2.10"\n\n[[package]]\nname = "markupsafe"\nversion = "2.1.3"\n',
  'go.mod':
    'module example.com/app\n\ngo 1.21\n\nrequire github.com/gin-gonic/gin v1.9.0\n\nrequire (\n\tgolang.org/x/net v0.10.0 // indirect\n\tgithub.com/dgrijalva/jwt-go v3.2.0+incompatible\n)\n',
  'pom.xml':
    '<project>\n  <properties><log4j.version>2.14.1</log4j.version></properties>\n  <dependencies>\n    <dependency>\n      <groupId>org.apache.logging.log4j</groupId>\n      <artifactId>log4j-core</artifactId>\n      <version>${log4j.version}</version>\n    </dependency>\n  </dependencies>\n</project>\n',
  'build.gradle':
    "dependencies {\n    implementation 'org.apache.commons:commons-text:1.9'\n    implementation(\"org.yaml:snakeyaml:1.33\")\n    testImplementation group: 'junit', name: 'junit', version: '4.12'\n}\n",
};

const RUNS = [' ', '\t', '"', "'", '<', '[', '{', '(', '/*', '#', '\\', '=', ':', ',', '\r', '\u00a0', 'é', '𝒳'];

function mutate(rng: Rng, text: string): { text: string; how: string } {
  const at = rng.int(text.length + 1);
  switch (rng.int(6)) {
    case 0:
      return { text: text.slice(0, at), how: `truncate@${at}` };
    case 1: {
      const run = rng.pick(RUNS).repeat(1 + rng.int(4000));
      return {
        text: text.slice(0, at) + run + text.slice(at),
        how: `run(${JSON.stringify(run[0])}x${run.length})@${at}`,
      };
    }
    case 2: {
      const end = Math.min(text.length, at + rng.int(40));
      return { text: text.slice(0, at) + text.slice(end), how: `delete@${at}-${end}` };
    }
    case 3: {
      const lines = text.split('\n');
      const i = rng.int(lines.length);
      const copies = Array(1 + rng.int(2000)).fill(lines[i]);
      lines.splice(i, 0, ...copies);
      return { text: lines.join('\n'), how: `repeat-line${i}x${copies.length}` };
    }
    case 4: {
      const c = String.fromCharCode(rng.int(128));
      return { text: text.slice(0, at) + c + text.slice(at + 1), how: `char(${c.charCodeAt(0)})@${at}` };
    }
    default: {
      const depth = 1 + rng.int(5000);
      const [open, close] = rng.pick([
        ['{"a":', '}'],
        ['[', ']'],
        ['<a>', '</a>'],
        ['a = [', ']'],
      ]);
      return {
        text: text.slice(0, at) + open.repeat(depth) + close.repeat(depth) + text.slice(at),
        how: `nest${depth}@${at}`,
      };
    }
  }
}

export function manifestCase(rng: Rng): TextCase {
  const file = rng.pick(Object.keys(MANIFEST_SEEDS));
  let text = MANIFEST_SEEDS[file];
  const hows: string[] = [];
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const m = mutate(rng, text);
    text = m.text;
    hows.push(m.how);
  }
  return {
    label: `manifest ${file} ${hows.join(' ')}`,
    file: rng.chance(0.2) ? file.replace('build.gradle', 'build.gradle.kts') : file,
    text,
  };
}

/** Problems with one manifest scan, [] when it holds. The project is the other seeds, unmutated. */
export function checkManifest(input: TextCase, snapshot: AdvisorySnapshot): string[] {
  const project: ProjectManifests = { names: Object.keys(MANIFEST_SEEDS), read: (n) => MANIFEST_SEEDS[n] };
  let result: ReturnType<typeof scanManifest>;
  try {
    result = scanManifest(input.file, input.text, snapshot, { project });
  } catch (e) {
    return [`threw: ${(e as Error).stack ?? e}`];
  }
  const starts = lspLineStarts(input.text);
  const out: string[] = [];
  for (const f of result.findings) {
    out.push(...rangeProblems(input.text, starts, f.range, `${f.ruleId} range`));
    for (const e of f.fix?.edits ?? []) out.push(...rangeProblems(input.text, starts, e.range, `${f.ruleId} fix edit`));
    if (f.fix && out.length === 0) {
      if (applyEdits(input.text, f.fix.edits) === input.text) out.push(`${f.ruleId}: the fix changes nothing`);
    }
  }
  return out;
}

const HOSTILE_RULES: Array<(rng: Rng) => string> = [
  // Alias bomb: each level refers to the previous one ten times.
  (rng) => {
    const levels = 3 + rng.int(8);
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return `id: fuzz/bomb\n${lines.join('\n')}\n`;
  },
  (rng) => `id: fuzz/deep\nmatch: ${'['.repeat(1 + rng.int(20000))}\n`,
  (rng) =>
    `id: fuzz/deep-map\n${Array.from({ length: 1 + rng.int(3000) }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`,
  (rng) =>
    `id: fuzz/long\nlanguages: [${Array(1 + rng.int(20000))
      .fill('py')
      .join(', ')}]\n`,
  (rng) => `id: ${rng.pick(['123', '[]', '{}', 'null', '"py/sqli/string-query"', '&x a', '*x'])}\ntitle: x\n`,
  () => 'id: fuzz/types\ntitle: [1]\nseverity: {a: b}\nlanguages: python\nmatch: 42\n',
  () => '%YAML 1.2\n---\nid: a\n---\nid: b\n',
  () => 'id: fuzz/tabs\n\tmatch:\n\t- query: x\n',
  (rng) => `id: fuzz/string\nmessage: "${'\\u'.repeat(1 + rng.int(1000))}"\n`,
  // Nested complex keys: 400 levels took the yaml package 56 s to convert before they were refused.
  (rng) => `id: fuzz/key\n${'? '.repeat(1 + rng.int(5000))}x\n`,
];

export function ruleFileCase(rng: Rng, builtIn: RuleSource[]): TextCase {
  if (rng.chance(0.3)) {
    const i = rng.int(HOSTILE_RULES.length);
    return { label: `rule hostile#${i}`, file: `.warden/rules/fuzz.yaml`, text: HOSTILE_RULES[i](rng) };
  }
  const base = rng.pick(builtIn.filter((s) => s.text.length > 0));
  let text = base.text;
  const hows: string[] = [];
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const m = mutate(rng, text);
    text = m.text;
    hows.push(m.how);
  }
  return { label: `rule ${base.file} ${hows.join(' ')}`, file: `.warden/rules/fuzz.yaml`, text };
}

/** Problems with loading one custom rule file beside the built-in rules, [] when it holds. */
export function checkRuleFile(input: TextCase, builtIn: RuleSource[], builtInIds: string[]): string[] {
  let loaded: ReturnType<typeof loadRuleSources>;
  try {
    loaded = loadRuleSources([...builtIn, { file: input.file, text: input.text }]);
  } catch (e) {
    return [`the rule loader threw: ${(e as Error).message.split('\n')[0]}`];
  }
  const out: string[] = [];
  const ids = new Set(loaded.rules.map((r) => r.id));
  const lost = builtInIds.filter((id) => !ids.has(id));
  if (lost.length) out.push(`built-in rules lost: ${lost.slice(0, 5).join(', ')}`);
  const own = loaded.rules.some((r) => r.file === input.file) || loaded.libraries.some((l) => l.file === input.file);
  if (!own && !loaded.problems.some((p) => p.file === input.file))
    out.push('the custom file neither loaded nor was named in a problem');
  return out;
}
