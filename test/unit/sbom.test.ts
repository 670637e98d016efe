// The .vsix carries a CycloneDX SBOM of what it bundles (dist/sbom.cdx.json, written at build from
// esbuild's metafile and package-lock.json).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers';

interface Component {
  type: string;
  'bom-ref': string;
  name: string;
  version: string;
  purl: string;
  hashes?: Array<{ alg: string; content: string }>;
}

const read = (file: string): any => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('SBOM of the .vsix (dist/sbom.cdx.json)', () => {
  const sbom = read('dist/sbom.cdx.json');
  const lock = read('package-lock.json');
  const pkg = read('package.json');
  const components = sbom.components as Component[];
  const byName = new Map(components.map((c) => [c.name, c]));

  it('is a CycloneDX 1.5 document about this version of Warden', () => {
    assert.strictEqual(sbom.bomFormat, 'CycloneDX');
    assert.strictEqual(sbom.specVersion, '1.5');
    assert.match(
      sbom.serialNumber,
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    assert.strictEqual(sbom.metadata.component.name, pkg.name);
    assert.strictEqual(sbom.metadata.component.version, pkg.version);
  });

  it('lists the runtime packages the bundles and dist/wasm carry, at package-lock’s versions', () => {
    const grammars = Object.keys(pkg.devDependencies).filter((n) => /^tree-sitter-/.test(n));
    const expected = [
      'vscode-languageclient',
      'vscode-languageserver',
      'vscode-jsonrpc',
      'web-tree-sitter',
      'yaml',
      ...grammars,
    ];
    for (const name of expected) {
      const c = byName.get(name);
      assert.ok(c, `${name} missing from the SBOM`);
      assert.strictEqual(c.version, lock.packages[`node_modules/${name}`].version, name);
      assert.strictEqual(c.purl, `pkg:npm/${name.replace(/^@/, '%40')}@${c.version}`);
      assert.strictEqual(c.hashes?.[0]?.alg, 'SHA-512', name);
    }
    // Every component is pinned by the lock file at the path it was bundled from.
    for (const c of components) {
      const key = c['bom-ref'].slice(c['bom-ref'].indexOf('#') + 1);
      assert.strictEqual(lock.packages[key]?.version, c.version, c['bom-ref']);
    }
  });

  it('lists nothing that is not shipped: build, test and packaging tools stay out', () => {
    for (const tool of ['esbuild', 'mocha', 'prettier', 'typescript', '@vscode/vsce', '@types/node', 'markdown-it'])
      assert.ok(!byName.has(tool), tool);
  });

  it('ships in the .vsix', () => {
    const allowed = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(allowed.includes('!dist/sbom.cdx.json'));
  });
});
