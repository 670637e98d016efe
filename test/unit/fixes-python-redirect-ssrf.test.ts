// Python open redirect (py-local-redirect), SSRF allow-list skeleton (py-ssrf-allowlist) and path
// containment (py-secure-filename's fallback): the shapes they rewrite and the ones they refuse.

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding } from '../helpers';

const FLASK =
  'import os\nimport requests\nfrom flask import Flask, redirect, request, send_file\n\napp = Flask(__name__)\nUPLOAD_DIR = "/srv/uploads"\n\n';

async function findingOf(body: string, ruleId: string): Promise<{ text: string; finding: Finding }> {
  const text = `${FLASK}${body}\n`;
  return { text, finding: await reportedFinding(text, 'python', ruleId) };
}

const REDIRECT = 'py/open-redirect/redirect-param';

describe('py-local-redirect', () => {
  it('reads the target once, keeps paths on this site and falls back to "/"', async () => {
    const { text, finding } = await findingOf(
      "@app.route('/login')\ndef login():\n    return redirect(request.args.get('next'))",
      REDIRECT,
    );
    assert.strictEqual(finding.fix?.safety, 'safe');
    const out = applyEdits(text, finding.fix.edits);
    assert.ok(
      out.startsWith(
        'import os\nimport requests\nfrom flask import Flask, redirect, request, send_file\nfrom urllib.parse import urlparse\n',
      ),
      out,
    );
    assert.ok(
      out.includes(
        "    redirect_to = request.args.get('next')\n    if not redirect_to or not redirect_to.startswith('/') or redirect_to.startswith(('//', '/\\\\')) or urlparse(redirect_to).netloc:\n        redirect_to = '/'\n    return redirect(redirect_to)\n",
      ),
      out,
    );
  });

  it('refuses a redirect that runs on one branch of its statement only', async () => {
    const { finding } = await findingOf(
      "@app.route('/login')\ndef login():\n    nxt = request.args.get('next')\n    return redirect(nxt) if nxt else 'no'",
      REDIRECT,
    );
    assert.strictEqual(finding.fix, undefined);
  });
});

describe('py-ssrf-allowlist', () => {
  it('inserts an empty allow-list with a TODO, offered for review only', async () => {
    const { text, finding } = await findingOf(
      "@app.route('/fetch')\ndef fetch():\n    url = request.args['url']\n    return requests.get(url, timeout=5).text",
      'py/ssrf/request-url',
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    const out = applyEdits(text, finding.fix.edits);
    assert.ok(out.includes('    allowed_hosts = set()  # TODO: the hosts this request may reach'), out);
    assert.ok(
      out.includes(
        "    if urlparse(url).hostname not in allowed_hosts:\n        raise ValueError('host not allowed')\n",
      ),
      out,
    );
  });

  it('checks the URL of requests.request(method, url), not the method', async () => {
    const { text, finding } = await findingOf(
      "@app.route('/relay')\ndef relay():\n    return requests.request('GET', request.form['target']).text",
      'py/ssrf/request-url',
    );
    assert.ok(applyEdits(text, finding.fix!.edits).includes("if urlparse(request.form['target']).hostname"));
  });

  it('refuses a URL built by a call that may differ when read again', async () => {
    const { finding } = await findingOf(
      "@app.route('/fetch')\ndef fetch():\n    return requests.get(request.args['u'] + next_suffix()).text",
      'py/ssrf/request-url',
    );
    assert.strictEqual(finding.fix, undefined);
  });
});

describe('py-secure-filename falls back to a containment check', () => {
  it('checks a joined path with realpath and commonpath', async () => {
    const { text, finding } = await findingOf(
      "@app.route('/f/<name>')\ndef read(name):\n    with open(os.path.join(UPLOAD_DIR, name)) as fh:\n        return fh.read()",
      'py/path-traversal/file-path',
    );
    const out = applyEdits(text, finding.fix!.edits);
    assert.ok(
      out.includes(
        "    if os.path.commonpath([os.path.realpath(os.path.join(UPLOAD_DIR, name)), os.path.realpath(UPLOAD_DIR)]) != os.path.realpath(UPLOAD_DIR):\n        raise ValueError('invalid file path')\n    with open(",
      ),
      out,
    );
  });

  it('refuses a concatenation whose base is not a directory written out', async () => {
    const { finding } = await findingOf(
      "@app.route('/f')\ndef read():\n    target = UPLOAD_DIR + request.args['name']\n    return send_file(target)",
      'py/path-traversal/file-path',
    );
    assert.strictEqual(finding.fix, undefined);
  });
});
