// Opening each seed snippet in the editor shows exactly its labeled findings, on the sink's range,
// with the rule id as the diagnostic code, Warden as the source and the CWE link.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseLabels } from '../../../server/src/engine/labels';
import {
  activateWarden,
  closeAllEditors,
  codeOf,
  copySeed,
  open,
  SEED_DIR,
  summarize,
  waitForDiagnostics,
} from '../util';

/** The sink ranges, 0-based (line:startChar-endChar), as the CLI and the LSP test report them. */
const EXPECTED: Record<string, string[]> = {
  'AuthService.java': ['5:23-52 java/sqli/string-built-query'],
  'handler.go': [
    '14:19-43 go/type-assertion/unchecked',
    '14:4-44 go/cmdi/command-helper',
    '8:8-59 go/info-leak/error-to-response',
  ],
  'preferences.js': ['3:4-75 js/insecure-cookie/document-cookie'],
  'upload.py': ['6:4-49 py/file-upload/flask-unvalidated', '6:4-49 py/path-traversal/file-path'],
};

describe('seed snippets in the editor', () => {
  before(async () => {
    await activateWarden();
  });
  after(closeAllEditors);

  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: its labeled findings, ranges and codes`, async () => {
      const uri = copySeed(name, 'seeds');
      await open(uri);
      const diagnostics = await waitForDiagnostics(
        uri,
        'the seed findings',
        (ds) => ds.length >= EXPECTED[name].length,
      );
      assert.deepStrictEqual(summarize(diagnostics), EXPECTED[name]);
      // Every label of the snippet is met on its line, by the class in the rule id (lang/class/name).
      const labels = parseLabels(fs.readFileSync(path.join(SEED_DIR, name), 'utf8')).filter((l) => l.kind === 'expect');
      assert.ok(labels.length > 0);
      for (const label of labels) {
        for (const cls of label.classes) {
          assert.ok(
            diagnostics.some((d) => d.range.start.line === label.line && codeOf(d).split('/')[1] === cls),
            `${name}:${label.line + 1} expects ${cls}`,
          );
        }
      }
      for (const d of diagnostics) {
        assert.strictEqual(d.source, 'Warden');
        assert.ok(
          d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning,
          `${codeOf(d)} is a squiggle`,
        );
        const code = d.code as { value: string; target: vscode.Uri };
        assert.match(
          code.target.toString(),
          /^https:\/\/cwe\.mitre\.org\/data\/definitions\/\d+\.html$/,
          `${codeOf(d)} links its CWE`,
        );
        // One line naming the problem (the rule's title); the explanation is in the hover.
        assert.ok(d.message.length > 10 && !d.message.includes('\n'), `${codeOf(d)} says what is wrong in one line`);
      }
    });
  }
});
