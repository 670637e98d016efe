// Java path containment (java-path-containment): the shapes it rewrites and the ones it refuses.

import * as assert from 'assert';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { scanner } from '../helpers';

async function fixOf(body: string, ruleId = 'java/path-traversal/tainted-file-path'): Promise<string | undefined> {
  const text = [
    'import java.io.*;',
    'import java.nio.file.*;',
    'import javax.servlet.http.*;',
    '',
    'public class Files2 {',
    '    private static final String BASE = "/srv/files";',
    '    private final Path root = Paths.get("/srv/root");',
    '',
    body,
    '}',
    '',
  ].join('\n');
  const { findings } = await scanner().scanText(text, 'java');
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} is reported on:\n${text}`);
  return finding.fix ? applyEdits(text, finding.fix.edits) : undefined;
}

describe('java-path-containment', () => {
  it('checks new File(BASE, name) against its base before the statement', async () => {
    const out = await fixOf(
      '    public File f(HttpServletRequest req) {\n        String name = req.getParameter("n");\n        File file = new File(BASE, name);\n        return file;\n    }',
    );
    assert.ok(
      out?.includes(
        '        if (!Paths.get(BASE, name).normalize().startsWith(Paths.get(BASE).normalize())) {\n            throw new IllegalArgumentException("Invalid file path");\n        }\n        File file = new File(BASE, name);',
      ),
      out,
    );
  });

  it('takes the written-out directory of a concatenation as the base', async () => {
    const out = await fixOf(
      '    public byte[] f(HttpServletRequest req) throws IOException {\n        return Files.readAllBytes(Paths.get(BASE + "/" + req.getParameter("n")));\n    }',
    );
    assert.ok(
      out?.includes(
        'if (!Paths.get(BASE + "/" + req.getParameter("n")).normalize().startsWith(Paths.get("/srv/files/").normalize())) {',
      ),
      out,
    );
  });

  it('resolves against a Path field', async () => {
    const out = await fixOf(
      '    public void f(HttpServletRequest req) throws IOException {\n        String p = req.getParameter("p");\n        Files.delete(root.resolve(p));\n    }',
    );
    assert.ok(out?.includes('if (!root.resolve(p).normalize().startsWith(root.normalize())) {'), out);
  });

  it('refuses a base without a directory separator (the check would refuse every name)', async () => {
    const out = await fixOf(
      '    public void f(HttpServletRequest req) throws IOException {\n        try (FileInputStream in = new FileInputStream("/srv/files" + req.getParameter("n"))) {\n            in.read();\n        }\n    }',
      'java/path-traversal/tainted-file-open',
    );
    assert.strictEqual(out, undefined);
  });

  it('refuses a sink that runs only on one branch of its statement', async () => {
    const out = await fixOf(
      '    public File f(HttpServletRequest req, boolean b) {\n        String name = req.getParameter("n");\n        return b ? new File(BASE, name) : null;\n    }',
    );
    assert.strictEqual(out, undefined);
  });

  it('refuses a name read by a call that may not return the same value twice', async () => {
    const out = await fixOf(
      '    public File f(HttpServletRequest req, java.util.Iterator<String> names) {\n        String first = req.getParameter("n");\n        return new File(BASE, names.next() + first);\n    }',
    );
    assert.strictEqual(out, undefined);
  });
});
