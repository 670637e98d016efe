// Prompt hardening: requirements come from the rules, the asks and the follow-up are present, and
// the original prompt always survives verbatim and can be recovered exactly.

import * as assert from 'assert';
import {
  ADDENDUM_MARK,
  COMMENTARY_ASKS,
  extractOriginal,
  FOLLOW_UP_MARK,
  hardenPrompt,
  isHardened,
  promptBody,
  replacementFor,
  VALIDATION_ASK,
} from '../../../core/coach/prompt';
import { knowledge, randomText, rng } from './support';

describe('coach prompt hardening', () => {
  it('adds the requirement of every rule of the detected topics, for the prompt language', () => {
    const k = knowledge();
    const h = hardenPrompt('Write a Flask endpoint that handles file uploads', k);
    assert.strictEqual(h.language, 'python');
    assert.ok(h.topics.includes('file-upload'));
    for (const rule of k.rules.filter((r) => r.topics.includes('file-upload') && r.languages.includes('python'))) {
      assert.ok(h.prompt.includes(rule.requirement), rule.id);
    }
  });

  it('asks for validation, safe errors, security comments and a list of concerns', () => {
    const h = hardenPrompt('store preferences in a cookie', knowledge());
    assert.ok(h.prompt.includes(VALIDATION_ASK));
    for (const ask of COMMENTARY_ASKS) assert.ok(h.prompt.includes(ask));
    const leak = knowledge().rules.find((r) => r.class === 'info-leak')!;
    assert.ok(h.prompt.includes(leak.requirement), 'the info-leak rule requirement is the error-handling ask');
  });

  it('ends with a follow-up review prompt naming the classes of the topics', () => {
    const h = hardenPrompt('Go handler that runs the command from the JSON body', knowledge());
    assert.ok(h.text.includes(FOLLOW_UP_MARK));
    assert.ok(h.followUp.startsWith('Now review the code you wrote for security vulnerabilities and fix them'));
    assert.match(h.followUp, /OS command injection \(CWE-78\)/);
    assert.match(h.followUp, /Unchecked type assertion \(CWE-617\)/);
    assert.doesNotMatch(h.followUp, /SQL injection/);
  });

  it('still hardens a prompt with no detected topic', () => {
    const h = hardenPrompt('sort a list', knowledge());
    assert.deepStrictEqual(h.topics, []);
    assert.ok(h.prompt.includes(VALIDATION_ASK));
    assert.ok(h.followUp.includes('Hard-coded secret'));
  });

  it('keeps the original verbatim at the start and recovers it exactly (property, 2000 inputs)', () => {
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      const original = randomText(next);
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
      const h = hardenPrompt(promptBody(selection, lang), knowledge());
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
