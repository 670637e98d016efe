// `npm run docs` writes the generated reference docs; `--check` exits 1 when they are stale.

import * as path from 'path';
import { createNodeScanner } from '../host/node-assets';
import { ruleCatalogue } from '../sca/rules';
import { writeOrCheck } from './rules-table';

const check = process.argv.includes('--check');
const root = path.resolve(__dirname, '..');
const file = path.join(root, 'docs', 'rules.md');
const ok = writeOrCheck(ruleCatalogue(createNodeScanner().ruleSet.rules), file, check);
if (!ok) {
  process.stderr.write(`${path.relative(process.cwd(), file)} is stale: run \`npm run docs\`\n`);
  process.exitCode = 1;
}
