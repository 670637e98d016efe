// Every fix offered on every fixture, example and seed goes through the fix-safety harness (see
// test/fix-harness.ts), as written and in the statement shapes of test/fix-shapes.ts.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Finding, LanguageId, languageForPath } from '../../server/src/engine';
import { checkFix, errorCount } from '../fix-harness';
import { crlf, fixableStatements, SQL_MARK, statementShapes, tabs } from '../fix-shapes';
import { fixtureFiles, listFiles, REPO, scanner, SHARED } from '../helpers';

function corpus(): Array<{ file: string; language: LanguageId }> {
  const extra = [
    ...listFiles(path.join(SHARED, 'acceptance', 'seed'), () => true),
    ...listFiles(path.join(REPO, 'examples'), (n) => !!languageForPath(n)),
  ];
  return [...fixtureFiles(), ...extra.map((file) => ({ file, language: languageForPath(file)! }))];
}

async function parseErrors(text: string, language: LanguageId): Promise<number> {
  const tree = await scanner().pool.parse(language, text);
  try {
    return errorCount(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** What a shape asks beyond the harness: literal SQL text kept literal, a shadowed name not called. */
function shapeProblems(shape: string, finding: Finding): string[] {
  const written = finding.fix!.edits.map((e) => e.newText).join('\n');
  if (shape === 'SQL with a literal % and ?' && written.includes('x%')) {
    if (/%s/.test(written) && !written.includes('x%%?')) return ['a literal % is not doubled next to %s placeholders'];
    // With %s placeholders (psycopg, SQLAlchemy exec_driver_sql) a literal ? is plain text.
    if (!/%s/.test(written) && written.split('?').length - 1 > written.split(SQL_MARK).length - 1)
      return ['a literal ? sits next to ? placeholders'];
  }
  if (shape === 'execFile shadowed' && finding.fix!.edits.some((e) => e.newText === 'execFile'))
    return ['the fix calls execFile, which a local variable shadows'];
  return [];
}

export async function harnessProblems(text: string, language: LanguageId, label: string): Promise<string[]> {
  const { findings } = await scanner().scanText(text, language);
  const problems: string[] = [];
  for (const finding of findings.filter((f) => f.fix)) {
    const { problems: checked, output } = await checkFix(text, language, finding, findings);
    const found = [...checked, ...shapeProblems(label, finding)];
    for (const p of found)
      problems.push(`${label}: ${finding.ruleId} at line ${finding.range.start.line + 1}: ${p}\n--- fixed:\n${output}`);
  }
  return problems;
}

describe('fix-safety harness on every fixable finding, as written and in other statement shapes', function () {
  this.timeout(300000);
  let checked = 0;
  after(() => assert.ok(checked >= 100, `only ${checked} variants were checked`));

  for (const { file, language } of corpus()) {
    it(path.relative(REPO, file), async () => {
      const text = fs.readFileSync(file, 'utf8');
      const { findings } = await scanner().scanText(text, language);
      if (!findings.some((f) => f.fix)) return;
      const tree = await scanner().pool.parse(language, text);
      let shapes;
      try {
        shapes = statementShapes(text, language, fixableStatements(tree.rootNode, language, findings));
      } finally {
        tree.delete();
      }
      const variants = [
        { name: 'as written', text },
        { name: 'CRLF', text: crlf(text) },
        { name: 'tabs', text: tabs(text) },
        ...shapes,
      ];
      const baseErrors = await parseErrors(text, language);
      const problems: string[] = [];
      for (const variant of variants) {
        if (variant.name !== 'as written' && (await parseErrors(variant.text, language)) > baseErrors) continue;
        checked++;
        problems.push(...(await harnessProblems(variant.text, language, variant.name)));
      }
      assert.deepStrictEqual(problems, []);
    });
  }
});
