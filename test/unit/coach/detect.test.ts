// Topic and language detection on prose prompts and on code.

import * as assert from 'assert';
import { detectLanguage, detectTopics } from '../../../core/coach/detect';
import { TOPICS } from '../../../core/coach/topics';
import { seed } from './support';

const ids = (text: string): string[] => detectTopics(text).map((m) => m.topic.id);

describe('coach topic detection', () => {
  const cases: Array<[string, string[]]> = [
    ['Write code to handle file uploads', ['file-upload']],
    ['Write a Java method that checks a username and password against the users table', ['sql', 'authentication']],
    ['Store the user preferences in a cookie', ['cookies']],
    ['Go endpoint that decodes a JSON body and runs the command it contains', ['shell', 'validation']],
    ['Deserialize the pickle the client sends', ['deserialization']],
    ['Fetch the image URL the user gives us and make a thumbnail', ['outbound-http']],
    ['Generate a random token for password reset links', ['authentication', 'crypto']],
    ['Render the comment as HTML on the page', ['html']],
    ['After login, redirect to the next parameter', ['authentication', 'redirects']],
    ['Verify the JWT in the Authorization header', ['jwt']],
    ['Enable CORS for our frontend', ['cors']],
    ['Log the exception and show an error page', ['errors']],
    ['Charge the credit card with Stripe at checkout', ['payments']],
    ['Export the user profile with email address and phone number', ['personal-data']],
    ['Read the file whose name is given in the query parameter', ['files', 'validation']],
  ];
  for (const [prompt, expected] of cases) {
    it(`"${prompt}" → ${expected.join(', ')}`, () => {
      const got = ids(prompt);
      for (const e of expected) assert.ok(got.includes(e), `${e} not in ${got}`);
    });
  }

  it('covers every topic of the table with at least one case above', () => {
    const hit = new Set(cases.flatMap(([p]) => ids(p)));
    assert.deepStrictEqual(
      TOPICS.map((t) => t.id).filter((id) => !hit.has(id)),
      [],
    );
  });

  it('finds nothing security-relevant in a neutral prompt', () => {
    assert.deepStrictEqual(ids('Write a function that sorts a list of numbers and returns the median'), []);
  });

  it('does not take a command-line tool or a hash map for shell or crypto', () => {
    assert.ok(!ids('Write a command-line tool that counts words with a hash map').includes('shell'));
    assert.ok(!ids('Write a command-line tool that counts words with a hash map').includes('crypto'));
  });

  it('reports evidence with zero-based lines', () => {
    const m = detectTopics('intro\nupload a file\n').find((x) => x.topic.id === 'file-upload')!;
    assert.deepStrictEqual(m.evidence[0], { text: 'upload', line: 1 });
  });

  it('detects the topics of the seed snippets from their code', () => {
    assert.ok(ids(seed('upload.py')).includes('file-upload'));
    assert.ok(ids(seed('AuthService.java')).includes('sql'));
    assert.ok(ids(seed('AuthService.java')).includes('authentication'));
    assert.ok(ids(seed('preferences.js')).includes('cookies'));
    assert.ok(ids(seed('handler.go')).includes('shell'));
  });

  it('detects the language a prompt names', () => {
    assert.strictEqual(detectLanguage('a Flask endpoint'), 'python');
    assert.strictEqual(detectLanguage('a Go HTTP handler'), 'go');
    assert.strictEqual(detectLanguage('write it in Go'), 'go');
    assert.strictEqual(detectLanguage('Java method with JDBC'), 'java');
    assert.strictEqual(detectLanguage('JavaScript in the browser'), 'javascript');
    assert.strictEqual(detectLanguage('a NestJS service in TypeScript'), 'typescript');
    assert.strictEqual(detectLanguage('let us go home'), undefined);
  });
});
