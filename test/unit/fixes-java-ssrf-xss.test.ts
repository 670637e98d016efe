// Java allow-list skeletons (java-ssrf-allowlist, java-session-value-allowlist) and HTML escaping
// (java-html-escape).

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding } from '../helpers';

async function findingOf(imports: string, body: string, ruleId: string): Promise<{ text: string; finding: Finding }> {
  const text = `${imports}\n\npublic class C {\n${body}\n}\n`;
  return { text, finding: await reportedFinding(text, 'java', ruleId) };
}

const SPRING = 'import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.client.RestTemplate;';

describe('java-ssrf-allowlist', () => {
  it('inserts an empty host allow-list with a TODO, for review', async () => {
    const { text, finding } = await findingOf(
      SPRING,
      '    private RestTemplate rest;\n    @GetMapping("/f")\n    public String f(@RequestParam String url) {\n        return rest.getForObject(url, String.class);\n    }',
      'java/ssrf/tainted-url-fetch',
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    const out = applyEdits(text, finding.fix.edits);
    assert.ok(
      out.includes(
        '        java.util.Set<String> allowedHosts = java.util.Set.of(); // TODO: the hosts this request may reach\n        if (!allowedHosts.contains(java.net.URI.create(String.valueOf(url)).getHost())) {\n',
      ),
      out,
    );
  });
});

describe('java-html-escape', () => {
  const body =
    '    @GetMapping("/hi")\n    public String hi(@RequestParam String name) {\n        return "<h1>Hello, " + name + "</h1>";\n    }';

  it('escapes the request data with Spring HtmlUtils', async () => {
    const { text, finding } = await findingOf(SPRING, `    @ResponseBody\n${body}`, 'java/xss/tainted-html-response');
    const out = applyEdits(text, finding.fix!.edits);
    assert.ok(out.includes('import org.springframework.web.util.HtmlUtils;\n'), out);
    assert.ok(out.includes('"<h1>Hello, " + HtmlUtils.htmlEscape(String.valueOf(name)) + "</h1>"'), out);
  });

  it('offers nothing outside Spring (HtmlUtils may not be on the classpath)', async () => {
    const { finding } = await findingOf(
      'import javax.servlet.http.*;\nimport java.io.*;',
      '    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n        resp.getWriter().println("<p>" + req.getParameter("q") + "</p>");\n    }',
      'java/xss/tainted-html-response',
    );
    assert.strictEqual(finding.fix, undefined);
  });
});

describe('java-session-value-allowlist', () => {
  it('accepts only listed String values, for review; an object value gets nothing', async () => {
    const imports = 'import javax.servlet.http.*;';
    const { text, finding } = await findingOf(
      imports,
      '    public void remember(HttpServletRequest request) {\n        String lang = request.getParameter("lang");\n        request.getSession().setAttribute("lang", lang);\n    }',
      'java/trust-boundary/session-attribute',
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    assert.ok(applyEdits(text, finding.fix.edits).includes('        if (!allowedValues.contains(lang)) {\n'));
    const other = await findingOf(
      imports,
      '    public void keep(HttpServletRequest request) {\n        Object user = request.getParameterMap();\n        request.getSession().setAttribute("user", user);\n    }',
      'java/trust-boundary/session-attribute',
    );
    assert.strictEqual(other.finding.fix, undefined);
  });
});
