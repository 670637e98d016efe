// The invented or misspelled package check (issue 29): imports of packages a project neither
// declares nor could find among the most downloaded, and declared names one or two edits from a
// popular one, in Python and JS/TS; never stdlib, relative, first-party, scoped or manifest-less
// imports. Uses the committed popularity lists (advisories/popular), not ../shared.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scanManifest } from '../../server/src/sca';
import type { AdvisorySnapshot } from '../../server/src/sca';
import { inventedImportFindings } from '../../server/src/sca/invented';
import { inventedImports } from '../../server/src/sca/invented/check';
import { jsImports, pythonImports } from '../../server/src/sca/invented/imports';
import { PopularNames, popularNames, withinEdits } from '../../server/src/sca/invented/popular';
import { loadSnapshot } from '../../server/src/sca/snapshot-file';
import { REPO, SHARED } from '../helpers';
import { tempDir, writeFiles } from './cli-support';
import { measureWork } from './work-probe';

const SHIPPED = loadSnapshot(path.join(REPO, 'advisories', 'snapshot.json'));
const EMPTY: AdvisorySnapshot = { date: '2026-01-01', generated: 'test', count: 0, packages: {} };

function project(files: Record<string, string>): string {
  const root = tempDir('warden-invented-');
  writeFiles(root, files);
  return root;
}

function importsIn(root: string, file: string): Array<[string, string | undefined]> {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const language = /\.py$/.test(file) ? 'python' : /\.tsx?$/.test(file) ? 'typescript' : 'javascript';
  return inventedImportFindings(path.join(root, file), text, language, { root }).map((f) => {
    const line = text.split('\n')[f.range.start.line];
    return [line.slice(f.range.start.character, f.range.end.character), f.fix?.edits[0].newText];
  });
}

const PY_APP = `"""Orders service.

Example, not code:
import notapackage
"""
import os, sys
import json as _json
from . import views
from .models import Order
import flask
import reqeusts
import yaml
from dateutil import parser
from myapp.models import Order
from helpers import slugify
import numpyy
import fastjsonxq

try:
    import ujsonish as json_impl
except ImportError:
    import json as json_impl

def load():
    import asyncore, distutils, tomllib, zoneinfo, graphlib
    return numpyy
`;

describe('invented packages: Python imports', () => {
  it('reports imports neither declared nor popular, with the close popular name as fix', () => {
    const root = project({
      'requirements.txt': 'flask==2.0.1\nreqeusts==2.25.1\npython-dateutil\n',
      'app/main.py': PY_APP,
      'app/helpers.py': 'def slugify(s): return s\n',
      'myapp/models.py': 'class Order: pass\n',
    });
    assert.deepStrictEqual(importsIn(root, 'app/main.py'), [
      ['numpyy', 'numpy'],
      ['fastjsonxq', undefined],
    ]);
  });

  it('a src/ layout, the project name and workspace folders are first-party', () => {
    const root = project({
      'pyproject.toml': '[project]\nname = "ledger"\ndependencies = ["requests>=2.31"]\n',
      'src/ledger/__init__.py': '',
      'src/ledger/cli.py': 'import ledger\nfrom ledger.core import run\nimport requests\nimport tools\n',
      'tools/__init__.py': '',
    });
    assert.deepStrictEqual(importsIn(root, 'src/ledger/cli.py'), []);
  });

  it('no manifest above the file, or one whose dependencies cannot be read (setup.py): no check', () => {
    const bare = project({ 'scripts/run.py': 'import fastjsonxq\n' });
    assert.deepStrictEqual(importsIn(bare, 'scripts/run.py'), []);
    const setup = project({ 'setup.py': 'from setuptools import setup\n', 'pkg/run.py': 'import fastjsonxq\n' });
    assert.deepStrictEqual(importsIn(setup, 'pkg/run.py'), []);
  });

  it('finds imports where they are written and skips docstrings and try: guards', () => {
    const names = pythonImports(PY_APP).map((i) => i.name);
    assert.ok(!names.includes('notapackage'));
    assert.ok(!names.includes('ujsonish'));
    assert.deepStrictEqual(names.slice(0, 4), ['os', 'sys', 'json', 'flask']);
    const reqeusts = pythonImports(PY_APP).find((i) => i.name === 'reqeusts')!;
    assert.deepStrictEqual(reqeusts.range.start, { line: 10, character: 7 });
  });
});

describe('invented packages: JS and TS imports', () => {
  const INDEX = `import express from 'express';
import { readFile } from 'node:fs';
import fsp from 'fs/promises';
import local from './local';
import { Button } from 'components/Button';
import shared from 'shared-utils';
import ui from '@acme/private-ui';
import { helper } from '@app/helpers';
// import ghost from 'commented-out-pkg';
const _ = require('lodahs');
const made = require("totally-made-up-pkg-xyz");
const lazy = await import('chalk');
export { thing } from 'expresss-session-storez';
const stable = require('installed-but-unlisted');
`;

  it('reports unknown bare packages; builtins, relative, scoped, aliases, members and installed ones are not', () => {
    const root = project({
      'package.json': JSON.stringify({
        name: 'shop',
        workspaces: ['packages/*'],
        dependencies: { express: '^4.21.2' },
      }),
      'tsconfig.json':
        '{\n  // paths\n  "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["src/app/*"] } },\n}\n',
      'packages/shared/package.json': JSON.stringify({ name: 'shared-utils' }),
      'src/components/Button.ts': 'export const Button = 1;\n',
      'src/index.ts': INDEX,
      'node_modules/installed-but-unlisted/package.json': '{"name":"installed-but-unlisted"}',
    });
    assert.deepStrictEqual(importsIn(root, 'src/index.ts'), [
      ['lodahs', 'lodash'],
      ['totally-made-up-pkg-xyz', undefined],
      ['expresss-session-storez', undefined],
    ]);
  });

  it('reads every import form once per specifier, at the name', () => {
    const found = jsImports(INDEX).map((i) => i.name);
    assert.deepStrictEqual(found, [
      'express',
      'components',
      'shared-utils',
      'lodahs',
      'totally-made-up-pkg-xyz',
      'chalk',
      'expresss-session-storez',
      'installed-but-unlisted',
    ]);
  });

  it("skips an import whose line switches off ESLint's undeclared-dependency rule, and only that line", () => {
    const text = [
      'if (process.env.TURBOPACK) {',
      '  // eslint-disable-next-line import/no-extraneous-dependencies',
      "  mod = require('react-server-dom-turbopack/server');",
      '}',
      "const x = require('left-padd'); // eslint-disable-line n/no-extraneous-require",
      "const y = require('right-padd'); // eslint-disable-line no-console",
      "const z = require('lodahs');",
    ].join('\n');
    assert.deepStrictEqual(
      jsImports(text).map((i) => i.name),
      ['right-padd', 'lodahs'],
    );
  });

  it('a file with no package.json above it within the workspace is not checked', () => {
    const root = project({ 'web/app.js': "require('totally-made-up-pkg-xyz');\n" });
    assert.deepStrictEqual(importsIn(root, 'web/app.js'), []);
  });
});

describe('invented packages: misspelled declarations in manifests', () => {
  it('package.json and requirements.txt: a near miss of a popular name, with the rename as fix', () => {
    const pkg =
      '{\n  "dependencies": {\n    "expresss": "^4.0.0",\n    "express": "^4.21.2",\n    "@acme/expresss": "1.0.0"\n  }\n}\n';
    const npm = scanManifest('package.json', pkg, EMPTY).findings;
    assert.deepStrictEqual(
      npm.map((f) => [f.ruleId, f.range.start.line, f.fix?.edits[0].newText]),
      [['sca/npm/invented', 2, 'express']],
    );
    const req = 'reqeusts\nflask-loginn==0.6.3\nflask==3.0.0\nnumpy>=1.26\n';
    const py = scanManifest('requirements.txt', req, EMPTY).findings;
    assert.deepStrictEqual(
      py.map((f) => [f.range.start.line, f.fix?.edits[0].newText]),
      [
        [0, 'requests'],
        [1, 'flask-login'],
      ],
    );
    assert.match(py[0].message, /close to the popular package "requests"/);
    assert.strictEqual(
      scanManifest('requirements.txt', req, EMPTY, { disabledRules: new Set(['sca/pypi/invented']) }).findings.length,
      0,
    );
  });

  it('no name in the lists is ever reported, in a manifest or as an import', () => {
    for (const ecosystem of ['npm', 'PyPI'] as const) {
      const names = popularNames(ecosystem);
      assert.ok(names.size > 10000, `${ecosystem} list shipped`);
      const sample = fs
        .readFileSync(path.join(REPO, 'advisories', 'popular', ecosystem === 'npm' ? 'npm.txt' : 'pypi.txt'), 'utf8')
        .split('\n')
        .filter((n) => n && !n.startsWith('@'))
        .filter((_, i) => i % 25 === 0);
      const manifest =
        ecosystem === 'npm'
          ? ['package.json', JSON.stringify({ dependencies: Object.fromEntries(sample.map((n) => [n, '1.0.0'])) })]
          : ['requirements.txt', sample.map((n) => `${n}==1.0`).join('\n')];
      const invented = scanManifest(manifest[0], manifest[1], EMPTY).findings.filter((f) =>
        f.ruleId.endsWith('/invented'),
      );
      assert.deepStrictEqual(invented, []);
    }
  });
});

describe('invented packages: near-miss search', () => {
  it('counts an adjacent swap as one edit and stops past the bound', () => {
    assert.ok(withinEdits('reqeusts', 'requests', 1));
    assert.ok(withinEdits('expresss', 'express', 1));
    assert.ok(withinEdits('flask-loginn', 'flask-login', 1));
    assert.ok(!withinEdits('reqeusts', 'requests', 0));
    assert.ok(!withinEdits('lodash', 'dashlo', 2));
  });

  it('picks the most popular close name, only among the top names', () => {
    const list = new PopularNames(['react', 'reach', 'zzz', 'reacts-router']);
    assert.strictEqual(list.closest('reactt', 2, 10), 'react');
    assert.strictEqual(list.closest('reactt', 2, 0), undefined);
    assert.strictEqual(list.closest('react', 1, 10), 'reach', 'a popular name is never its own near miss');
  });
});

describe('invented packages: zero findings on the repository', () => {
  it('examples, bench corpus, rule fixtures and test fixtures import only real or first-party packages', function () {
    this.timeout(120000);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory() && e.name !== 'node_modules') walk(full);
        else if (/\.(py|js|jsx|mjs|cjs|ts|tsx)$/.test(e.name)) files.push(full);
      }
    };
    for (const dir of ['examples', 'bench/corpus', 'rules', 'test/fixtures']) walk(path.join(REPO, dir));
    assert.ok(files.length > 100);
    const found = files.flatMap((file) => {
      const language = /\.py$/.test(file) ? 'python' : /\.tsx?$/.test(file) ? 'typescript' : 'javascript';
      const text = fs.readFileSync(file, 'utf8');
      const where = (f: { range: { start: { line: number } }; message: string }): string =>
        `${path.relative(REPO, file)}:${f.range.start.line + 1}: ${f.message.split(':')[0]}`;
      // As the CLI and editor run it (the repository's own package.json is the manifest above)…
      const asScanned = inventedImportFindings(file, text, language, { root: REPO, snapshot: SHIPPED });
      // …and stricter: as if each file sat under a manifest declaring nothing, its folder its project.
      const ecosystem = language === 'python' ? 'PyPI' : 'npm';
      const firstParty = new Set(fs.readdirSync(path.dirname(file)).map((n) => n.replace(/\.[^.]+$/, '')));
      const strict = inventedImports(
        text,
        language,
        { ecosystem, manifest: 'test', declared: new Set(), firstParty },
        popularNames(ecosystem),
        (name) => !!SHIPPED.packages[ecosystem]?.[name],
      );
      return [...asScanned, ...strict].map(where);
    });
    assert.deepStrictEqual(found, []);
  });
});

describe('invented packages: the shipped lists', () => {
  it('are what scripts/popular-names.mjs builds from ../shared/advisory-data (reproducible)', function () {
    this.timeout(60000);
    if (!fs.existsSync(path.join(SHARED, 'advisory-data', 'npm-popular.tsv.gz'))) {
      console.log('      skipped: ../shared/advisory-data is absent (the committed lists are used as they are)');
      this.skip();
    }
    const out = tempDir('warden-popular-');
    execFileSync(process.execPath, [
      path.join(REPO, 'scripts', 'popular-names.mjs'),
      '--from',
      path.join(SHARED, 'advisory-data'),
      '--out',
      out,
    ]);
    for (const file of ['npm.txt', 'pypi.txt'])
      assert.ok(
        fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(REPO, 'advisories', 'popular', file))),
        `${file} differs from a rebuild: run npm run advisories`,
      );
  });
});

describe('invented packages: import reading is linear on hostile lines', () => {
  const shapes: Array<[string, (n: number) => string, (t: string) => unknown]> = [
    ['unclosed require( quotes on one line', (n) => "require('a".repeat(n / 10), jsImports],
    ['import then a long run without from', (n) => `import ${'x '.repeat(n / 2)}`, jsImports],
    ['python import of many names', (n) => `import ${'a, '.repeat(n / 3)}!`, pythonImports],
    ['python docstring quotes', (n) => '"""\n'.repeat(n / 4), pythonImports],
  ];
  for (const [name, text, read] of shapes)
    it(name, () => {
      const small = measureWork(() => read(text(64 * 1024)));
      const double = measureWork(() => read(text(128 * 1024)));
      assert.ok(double.work <= 2.3 * small.work + 1000, `work grew from ${small.work} to ${double.work}`);
    });
});
