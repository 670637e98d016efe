import * as assert from 'assert';
import { collectSuppressions, suppressionsReport } from '../../server/src/workspace/suppressions';

describe('suppression listing', () => {
  const files: Record<string, string> = {
    '/ws/app.py':
      'import os\n# warden-ignore: py/cmdi/os-system -- command is a constant from config\nos.system(CMD)\nx = 1  # nosec\n',
    '/ws/main.go': 'package main\n\n// warden-ignore: go/cmdi/exec-command\nexec.Command(name)\n',
    '/ws/notes.txt': '# warden-ignore: everything -- not code\n',
    '/ws/clean.js': 'const a = 1;\n',
  };

  it('lists each suppression with its rule, reason, marker and the code line it silences', () => {
    const entries = collectSuppressions(Object.keys(files), (f) => files[f]);
    assert.deepStrictEqual(
      entries.map((e) => [e.file, e.line, e.appliesTo, e.marker, e.targets, e.reason, e.code]),
      [
        [
          '/ws/app.py',
          1,
          2,
          'warden-ignore',
          ['py/cmdi/os-system'],
          'command is a constant from config',
          'os.system(CMD)',
        ],
        ['/ws/app.py', 3, 3, 'nosec', [], '', 'x = 1  # nosec'],
        ['/ws/main.go', 2, 3, 'warden-ignore', ['go/cmdi/exec-command'], '', 'exec.Command(name)'],
      ],
    );
  });

  it('skips unreadable files instead of failing the whole list', () => {
    const entries = collectSuppressions(['/ws/missing.py', '/ws/app.py'], (f) => files[f]);
    assert.strictEqual(entries.length, 2);
  });

  it('exports JSON with one-based lines, relative paths and null for a missing reason', () => {
    const json = JSON.parse(
      suppressionsReport(
        collectSuppressions(['/ws/main.go'], (f) => files[f]),
        (f) => f.replace('/ws/', ''),
      ),
    );
    assert.deepStrictEqual(json, {
      suppressions: [
        {
          file: 'main.go',
          line: 3,
          appliesToLine: 4,
          marker: 'warden-ignore',
          rules: ['go/cmdi/exec-command'],
          reason: null,
          code: 'exec.Command(name)',
        },
      ],
    });
  });
});
