// Builds everything Warden ships and tests:
//   dist/client.js, dist/server.js, dist/cli.js (+ bench tools) — bundled, CommonJS, Node 20
//   dist/wasm/       — web-tree-sitter's runtime and the grammar .wasm files (nothing else from the
//                      grammar packages: their native code and C sources stay out)
//   dist/rules.json  — the built-in rules, pre-parsed, read at start-up without walking a folder
//   dist/coach-knowledge.json — what the coach needs of those rules (core/coach CoachRule), so the
//                      client bundles neither the YAML package nor the rule loader
//   dist/exercises.json — calibration exercises cut from the rule fixtures (core/exercise)
//   dist/sbom.cdx.json — CycloneDX SBOM of what the .vsix bundles (scripts/sbom.mjs)
//   out/             — tests and sources transpiled one-to-one for mocha
// `node esbuild.config.mjs --watch` rebuilds the bundles on change.

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { writeSbom } from './scripts/sbom.mjs';

const root = path.dirname(new URL(import.meta.url).pathname);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Whitespace only: names stay readable in stack traces, and the shipped bundles (server, worker,
  // client: ~4.4 MB) shrink by about a third, which keeps the .vsix within its content budget as
  // the catalogue grows (package-size.test.ts).
  minifyWhitespace: true,
  logLevel: 'warning',
  define: { WARDEN_VERSION: JSON.stringify(pkg.version) },
  // The ESM build of web-tree-sitter breaks once bundled to CJS (import.meta.url is empty).
  // jsonc-parser's UMD build requires its parts through a parameter esbuild cannot follow: its ESM build is bundled.
  alias: {
    'web-tree-sitter': path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs'),
    'jsonc-parser': path.join(root, 'node_modules/jsonc-parser/lib/esm/main.js'),
  },
};

// The MCP SDK's ajv provider compiles JSON schemas with new Function; Warden's MCP server passes its
// own validator (server/src/mcp/server.ts), so a refusing stand-in is bundled instead. Its Zod 3
// support (zod/v3, zod-to-json-schema) is dead code for Warden's Zod 4 schemas: stubbed the same way.
const withoutAjv = {
  name: 'without-ajv',
  setup(build) {
    build.onResolve({ filter: /[\\/]validation[\\/]ajv-provider\.js$/ }, () => ({
      path: path.join(root, 'server/src/mcp/no-ajv-provider.ts'),
    }));
    build.onResolve({ filter: /^(zod\/v3|zod-to-json-schema)$/ }, () => ({
      path: path.join(root, 'server/src/mcp/no-zod-v3.ts'),
    }));
  },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/workspace/worker.ts'], outfile: 'dist/scan-worker.js' },
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [withoutAjv],
    // The CLI ships in the .vsix for the MCP server and agent hooks (issue 27): names minified too
    // (1.52 -> 1.09 MB) to keep the package within its budget. Stack traces map back through
    // dist/cli.js.map (node --enable-source-maps); web-tree-sitter's loader keeps its names (direct eval).
    minify: true,
  },
  { entryPoints: ['server/src/docs/main.ts'], outfile: 'dist/gen-docs.js' },
  ...[
    'bench/bench.ts',
    'bench/quality.ts',
    'bench/fuzz.ts',
    'bench/snapshot.ts',
    'bench/noise.ts',
    'bench/blind.ts',
    'bench/coach.ts',
    'bench/config-cost.ts',
  ]
    .filter((f) => fs.existsSync(path.join(root, f)))
    .map((f) => ({ entryPoints: [f], outfile: `dist/${path.basename(f, '.ts')}.js` })),
];

function copyWasm() {
  const out = path.join(root, 'dist/wasm');
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(
    path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
    path.join(out, 'web-tree-sitter.wasm'),
  );
  const grammars = Object.keys(pkg.devDependencies).filter((name) => /^tree-sitter-/.test(name));
  for (const name of grammars) {
    const dir = path.join(root, 'node_modules', name);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.wasm')))
      fs.copyFileSync(path.join(dir, file), path.join(out, file));
  }
  return ['web-tree-sitter', ...grammars];
}

/**
 * The provider catalogue's placeholder examples (rules/secrets/providers.yaml) are blanked in the
 * shipped rules: they have a token's shape, and vsce's secret scan refuses to package them. Lines stay
 * where they are, so a problem still names the source line. The unit test reads the source file.
 */
function withoutExamples(text) {
  return text.replace(/^(\s*(?:- )?example:)\s*\S.*$/gm, "$1 ''");
}

function listFiles(dir, test) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, test));
    else if (test(entry.name)) out.push(full);
  }
  return out.sort();
}

// The rules ship pre-parsed (the engine's own compileRuleSource, bundled for this script): start-up
// then skips YAML parsing, and errors still point at the YAML line. The coach's knowledge is taken
// from the same loaded rules (invalid rules are left out, as the server leaves them out).
async function bundleRules() {
  const loader = path.join(root, 'out/build/rule-loader.cjs');
  await esbuild.build({
    ...common,
    sourcemap: false,
    stdin: {
      contents: [
        "export { compileRuleSource, loadRuleSources } from './server/src/engine/rule-loader';",
        "export { coachRules } from './core/coach/knowledge';",
        "export { generateExercises } from './server/src/exercise/generate';",
        "export { rulePage } from './server/src/docs/rule-page';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile: loader,
  });
  const { compileRuleSource, loadRuleSources, coachRules, generateExercises, rulePage } = createRequire(
    import.meta.url,
  )(loader);
  const rules = listFiles(path.join(root, 'rules'), (n) => /\.ya?ml$/.test(n)).map((file) =>
    compileRuleSource({
      file: path.relative(root, file).split(path.sep).join('/'),
      text: withoutExamples(fs.readFileSync(file, 'utf8')),
    }),
  );
  fs.writeFileSync(path.join(root, 'dist/rules.json'), JSON.stringify(rules));
  const loaded = loadRuleSources(rules).rules;
  fs.writeFileSync(path.join(root, 'dist/coach-knowledge.json'), JSON.stringify(coachRules(loaded)));
  writeRuleDocs(loaded, rulePage);
  // Calibration exercises (issue 28): fixtures without labels or comments, answers kept apart.
  fs.writeFileSync(path.join(root, 'dist/exercises.json'), JSON.stringify(generateExercises(root, rules)));
}

// One Markdown page per rule (server/src/docs/rule-page.ts), with examples from the fixtures
// beside its YAML (`name.py`, `name.drivers.py`, not the `.fixed` expectations).
function writeRuleDocs(rules, rulePage) {
  const pages = {};
  for (const rule of rules) {
    const yaml = path.join(root, rule.file);
    const stem = path.basename(yaml).replace(/\.ya?ml$/, '.');
    const fixtures = fs
      .readdirSync(path.dirname(yaml))
      .filter((n) => n.startsWith(stem) && /\.(py|go|java|js|jsx|ts|tsx)$/.test(n))
      .sort()
      .map((n) => ({ file: n, text: fs.readFileSync(path.join(path.dirname(yaml), n), 'utf8') }));
    pages[rule.id] = rulePage(rule, fixtures);
  }
  // Gzipped like the other shipped data: 250 KB of Markdown, 60 KB gzipped.
  fs.writeFileSync(path.join(root, 'dist/rule-docs.json.gz'), zlib.gzipSync(JSON.stringify(pages), { level: 9 }));
}

async function transpileForTests() {
  const entryPoints = [
    ...listFiles(path.join(root, 'server/src'), (n) => n.endsWith('.ts')),
    ...listFiles(path.join(root, 'client/src'), (n) => n.endsWith('.ts')),
    ...listFiles(path.join(root, 'core'), (n) => n.endsWith('.ts')),
    // test/matrix/ holds labeled construct cells (issue 18), scanned, never compiled.
    ...listFiles(path.join(root, 'test'), (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).filter(
      (f) => !f.includes(`${path.sep}matrix${path.sep}`),
    ),
    // bench/blind/ holds labeled probe files (NestJS decorators and all), scanned, never compiled.
    ...listFiles(path.join(root, 'bench'), (n) => n.endsWith('.ts')).filter(
      (f) => !f.includes(`${path.sep}blind${path.sep}`),
    ),
  ];
  await esbuild.build({
    entryPoints,
    outdir: path.join(root, 'out'),
    outbase: root,
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    define: common.define,
  });
}

fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
const wasmPackages = copyWasm();
await bundleRules();
// The advisory snapshot ships gzipped (2.0 MB of JSON, 0.44 MB gzipped); the repository keeps it readable.
fs.writeFileSync(
  path.join(root, 'dist/advisories.json.gz'),
  zlib.gzipSync(fs.readFileSync(path.join(root, 'advisories/snapshot.json')), { level: 9 }),
);
// So do the package popularity lists of the invented-package check (370 KB of names, 144 KB gzipped).
fs.mkdirSync(path.join(root, 'dist/popular'), { recursive: true });
for (const list of ['npm.txt', 'pypi.txt'])
  fs.writeFileSync(
    path.join(root, 'dist/popular', `${list}.gz`),
    zlib.gzipSync(fs.readFileSync(path.join(root, 'advisories/popular', list)), { level: 9 }),
  );
if (watch) {
  for (const b of bundles) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching…');
} else {
  const [built] = await Promise.all([
    Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b, metafile: true }))),
    transpileForTests(),
  ]);
  writeSbom(
    root,
    built.map((r) => r.metafile),
    wasmPackages,
  );
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
}
