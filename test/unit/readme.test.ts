// The README is the extension's page: its sample output is the CLI's real output, and it documents
// every setting, command and snippet prefix the package contributes.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers';
import { runCli } from './cli-support';

const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('README', () => {
  it("the examples scan it shows is the CLI's output", () => {
    const block = /npm run scan -- (\S+).*\n```\n\n```\n([\s\S]*?)\n```/.exec(readme);
    assert.ok(block, 'the Development section shows a scan and its output');
    const run = runCli(['scan', block[1]]);
    for (const line of block[2].split('\n')) assert.ok(run.stdout.includes(line), `not in the output: ${line}`);
  });

  it('documents every setting, command and snippet prefix', () => {
    for (const key of Object.keys(pkg.contributes.configuration.properties))
      assert.ok(readme.includes(`\`${key}\``), `setting ${key}`);
    const internal = new Set(['warden.statusMenu', 'warden.disableRule', 'warden.suppressWithReason']);
    for (const c of pkg.contributes.commands as Array<{ command: string; title: string }>)
      if (!internal.has(c.command) && !c.command.startsWith('warden.findings.'))
        assert.ok(readme.includes(c.title.replace(/…$/, '')), `command ${c.title}`);
    for (const file of fs.readdirSync(path.join(REPO, 'snippets')))
      for (const s of Object.values(JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', file), 'utf8'))))
        assert.ok(
          readme.includes(`\`${(s as { prefix: string }).prefix}\``),
          `snippet ${(s as { prefix: string }).prefix}`,
        );
  });
});
