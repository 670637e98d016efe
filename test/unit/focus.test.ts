// Which part of a document a re-scan after an edit analyses: the enclosing function, or for an
// edit outside any function the statement around it (never the whole file when avoidable).

import * as assert from 'assert';
import { focusFor } from '../../server/src/lsp/incremental';
import { scanner } from '../helpers';

const PYTHON = `import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_FOLDER = '/srv/uploads'


@app.route('/upload', methods=['POST'])
def upload_file():
    file = request.files['file']
    file.save(os.path.join(UPLOAD_FOLDER, file.filename))
    return 'ok'


def helper(items):
    return [i for i in items if i]
`;

describe('re-scan focus after an edit', () => {
  const focusAt = async (needle: string, offset = 0): Promise<string | undefined> => {
    const tree = await scanner().pool.parse('python', PYTHON);
    try {
      const at = PYTHON.indexOf(needle) + offset;
      const focus = focusFor(tree, 'python', [{ startIndex: at, endIndex: at + 1 }], 0.9);
      return focus && PYTHON.slice(focus.startIndex, focus.endIndex);
    } finally {
      tree.delete();
    }
  };

  it('is the enclosing function for an edit in its body', async () => {
    assert.strictEqual(await focusAt('return [i'), 'def helper(items):\n    return [i for i in items if i]');
  });

  it('is the decorated definition for an edit in a decorator', async () => {
    const focus = await focusAt("methods=['POST']");
    assert.ok(focus?.startsWith("@app.route('/upload'") && focus.endsWith("return 'ok'"), focus);
  });

  it('is the statement for an edit in module-level code', async () => {
    assert.strictEqual(await focusAt("UPLOAD_FOLDER = '/srv", 3), "UPLOAD_FOLDER = '/srv/uploads'");
    assert.strictEqual(await focusAt('from flask'), 'from flask import Flask, request');
  });

  it('is the edit and the statements it touches for an edit between statements (blank lines)', async () => {
    const tree = await scanner().pool.parse('python', PYTHON);
    try {
      // Blank lines between two functions: the root alone holds them, and it is over the share.
      const blank = PYTHON.indexOf("return 'ok'\n") + "return 'ok'\n".length;
      assert.deepStrictEqual(focusFor(tree, 'python', [{ startIndex: blank, endIndex: blank + 1 }], 0.5), {
        startIndex: blank,
        endIndex: blank + 1,
      });
      // A deletion joining the end of one function to the next takes both whole.
      const from = PYTHON.indexOf("    return 'ok'");
      const to = PYTHON.indexOf('def helper') + 3;
      const focus = focusFor(tree, 'python', [{ startIndex: from, endIndex: to }], 0.9);
      const text = focus && PYTHON.slice(focus.startIndex, focus.endIndex);
      assert.ok(text?.startsWith("@app.route('/upload'") && text.endsWith('if i]'), text);
    } finally {
      tree.delete();
    }
  });

  it('is nothing (a full scan) when only a node larger than the allowed share holds the edit', async () => {
    const tree = await scanner().pool.parse('python', PYTHON);
    try {
      const at = PYTHON.indexOf("methods=['POST']");
      assert.strictEqual(focusFor(tree, 'python', [{ startIndex: at, endIndex: at + 1 }], 0.01), undefined);
    } finally {
      tree.delete();
    }
  });
});
