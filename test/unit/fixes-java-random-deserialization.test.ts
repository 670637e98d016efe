// Java weak randomness (java-secure-random on calls) and deserialization (java-safe-deserialization).

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding } from '../helpers';

async function findingOf(
  imports: string,
  body: string,
  ruleId: string,
  line?: number,
): Promise<{ text: string; finding: Finding }> {
  const text = `${imports}\n\npublic class TokenService {\n${body}\n}\n`;
  return { text, finding: await reportedFinding(text, 'java', ruleId, line) };
}

const RANDOM = 'java/weak-random/insecure-random-secret';

describe('java-secure-random on calls', () => {
  it('Math.random() → new SecureRandom().nextDouble(), with the import', async () => {
    const { text, finding } = await findingOf(
      'import java.util.*;',
      '    public String token() {\n        return Double.toString(Math.random());\n    }',
      RANDOM,
    );
    assert.strictEqual(finding.fix?.safety, 'safe');
    const out = applyEdits(text, finding.fix.edits);
    assert.ok(out.includes('import java.security.SecureRandom;\n'), out);
    assert.ok(out.includes('Double.toString(new SecureRandom().nextDouble())'), out);
  });

  it('refuses ThreadLocalRandom calls Random lacks before Java 17 (origin and bound)', async () => {
    const { finding } = await findingOf(
      'import java.util.concurrent.ThreadLocalRandom;',
      '    public int otpCode() {\n        return ThreadLocalRandom.current().nextInt(100000, 999999);\n    }',
      RANDOM,
    );
    assert.strictEqual(finding.fix, undefined);
  });

  it('RandomStringUtils becomes its secure() form, for review (commons-lang 3.16+)', async () => {
    const { text, finding } = await findingOf(
      'import org.apache.commons.lang3.RandomStringUtils;',
      '    public String resetToken() {\n        return RandomStringUtils.randomAlphanumeric(24);\n    }',
      RANDOM,
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    assert.ok(applyEdits(text, finding.fix.edits).includes('RandomStringUtils.secure().nextAlphanumeric(24)'));
  });
});

describe('java-safe-deserialization', () => {
  const IMPORTS = 'import java.io.*;';

  it('gives a named ObjectInputStream a filter that refuses every class until the TODO is filled', async () => {
    const { text, finding } = await findingOf(
      `${IMPORTS}\nimport javax.servlet.http.*;`,
      '    public Object load(HttpServletRequest request) throws Exception {\n        ObjectInputStream in = new ObjectInputStream(request.getInputStream());\n        return in.readObject();\n    }',
      'java/deserialization/untrusted-deserialization',
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    assert.ok(
      applyEdits(text, finding.fix.edits).includes(
        '        in.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("!*"));\n        return in.readObject();',
      ),
    );
  });

  it('offers nothing for a stream read where it is created (no name to set a filter on)', async () => {
    const { finding } = await findingOf(
      `${IMPORTS}\nimport org.springframework.web.bind.annotation.*;`,
      '    @PostMapping("/s")\n    public Object restore(@RequestBody byte[] body) throws Exception {\n        return new ObjectInputStream(new ByteArrayInputStream(body)).readObject();\n    }',
      'java/deserialization/untrusted-deserialization',
    );
    assert.strictEqual(finding.fix, undefined);
  });
});
