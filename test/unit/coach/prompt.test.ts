// Prompt hardening: requirements come from the rules, the asks and the follow-up are present, and
// the original prompt always survives verbatim and can be recovered exactly.

import * as assert from 'assert';
import {
  ADDENDUM_MARK,
  COMMENTARY_ASK,
  extractOriginal,
  FOLLOW_UP_MARK,
  hardenPrompt,
  isHardened,
  promptBody,
  replacementFor,
} from '../../../core/coach/prompt';
import { knowledge, randomText, rng } from './support';

describe('coach prompt hardening', () => {
  it('appends one line per requirement, in the prompt language, then the one commentary ask', () => {
    const h = hardenPrompt('Write a Flask endpoint that handles file uploads', knowledge());
    assert.strictEqual(h.language, 'python');
    assert.deepStrictEqual(h.addendum, [ADDENDUM_MARK, ...h.requirements.map((r) => `- ${r.text}`), COMMENTARY_ASK]);
    assert.deepStrictEqual(
      h.requirements.slice(0, 2).map((r) => r.id),
      ['file-upload', 'path-traversal'],
    );
    assert.match(h.prompt, /MAX_CONTENT_LENGTH/);
    assert.strictEqual(h.prompt.split(COMMENTARY_ASK).length, 2, 'asked once');
  });

  it('shows the follow-up after its mark, apart from the prompt', () => {
    const h = hardenPrompt('Go handler that runs the command from the JSON body', knowledge());
    assert.strictEqual(h.text, `${h.prompt}\n\n${FOLLOW_UP_MARK}\n${h.followUp}`);
    assert.match(h.followUp, /OS command injection/);
    assert.doesNotMatch(h.followUp, /SQL injection/);
  });

  it('leaves a prompt with no security surface unchanged, and its selection too', () => {
    const h = hardenPrompt('sort a list', knowledge());
    assert.deepStrictEqual(h.requirements, []);
    assert.strictEqual(h.prompt, 'sort a list');
    assert.strictEqual(h.text, 'sort a list');
    assert.strictEqual(replacementFor('// sort a list', h, 'javascript'), '// sort a list');
  });

  it('keeps the original verbatim at the start and recovers it exactly (property, 2000 inputs)', () => {
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      const original = `${randomText(next)} upload`;
      const h = hardenPrompt(original, knowledge());
      assert.ok(h.text.startsWith(original));
      assert.ok(h.prompt.startsWith(original));
      assert.strictEqual(extractOriginal(h.text), original, JSON.stringify(original));
      assert.strictEqual(extractOriginal(h.prompt), original, JSON.stringify(original));
    }
  });

  it('keeps a selection verbatim in the replacement, in any language and comment style (property, 3000 inputs)', () => {
    const next = rng(7);
    const languages = ['plaintext', 'markdown', 'python', 'go', 'javascript', 'html', 'sql'];
    const wrappers = [
      (s: string) => s,
      (s: string) =>
        s
          .split('\n')
          .map((l) => `// ${l}`)
          .join('\n'),
      (s: string) =>
        s
          .split('\n')
          .map((l) => `    # ${l}`)
          .join('\n'),
      (s: string) => `/* ${s} */`,
      (s: string) => `<!-- ${s} -->`,
      (s: string) =>
        s
          .split('\n')
          .map((l) => `-- ${l}`)
          .join('\r\n'),
    ];
    for (let i = 0; i < 3000; i++) {
      const selection = wrappers[i % wrappers.length](randomText(next));
      const lang = languages[Math.floor(next() * languages.length)];
      // An upload task always has requirements, so every replacement carries an addendum.
      const h = hardenPrompt(`upload handler ${promptBody(selection, lang)}`, knowledge());
      const replaced = replacementFor(selection, h, lang);
      assert.ok(replaced.startsWith(selection));
      assert.ok(isHardened(replaced));
      assert.strictEqual(extractOriginal(replaced), selection, JSON.stringify({ selection, lang }));
    }
  });

  it('comments the appended lines like the selected comment, so code stays valid', () => {
    const h = hardenPrompt('upload handler', knowledge());
    const out = replacementFor('    # write an upload handler\n    # in Flask', h, 'python').split('\n');
    assert.ok(
      out.every((l) => l.startsWith('    #')),
      out.find((l) => !l.startsWith('    #')),
    );
    const block = replacementFor('/* upload handler */', h, 'java').split('\n');
    assert.strictEqual(block[1], '/*');
    assert.strictEqual(block[block.length - 1], '*/');
    assert.ok(block.slice(2, -1).every((l) => !l.includes('*/')));
  });

  it('treats Markdown headings as text, not comments', () => {
    const h = hardenPrompt('# Upload feature', knowledge());
    const out = replacementFor('# Upload feature', h, 'markdown');
    assert.ok(out.includes(`\n${ADDENDUM_MARK}\n`));
    assert.strictEqual(promptBody('# Upload feature', 'markdown'), '# Upload feature');
  });

  it('re-hardens the original, not the previous addendum', () => {
    const once = replacementFor('Write an upload handler', hardenPrompt('Write an upload handler', knowledge()));
    assert.strictEqual(promptBody(once), 'Write an upload handler');
  });

  it('keeps CRLF line endings of the selection', () => {
    const out = replacementFor('upload\r\nfiles', hardenPrompt('upload\r\nfiles', knowledge()));
    assert.ok(!/[^\r]\n/.test(out));
  });
});
