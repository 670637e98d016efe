// Assistant instructions: the stack is read from files and manifests, the section states the rules'
// requirements, and updating it touches nothing outside its markers.

import * as assert from 'assert';
import {
  detectStack,
  instructionsSection,
  SECTION_BEGIN,
  SECTION_END,
  upsertSection,
} from '../../../core/coach/instructions';
import { knowledge } from './support';

const files = [
  { path: 'app/upload.py' },
  { path: 'app/views.py' },
  { path: 'cmd/server/main.go' },
  { path: 'requirements.txt', text: 'Flask==3.0.0\nrequests>=2\n' },
  { path: 'go.mod', text: 'module x\nrequire github.com/gin-gonic/gin v1.9.0\n' },
  { path: 'README.md' },
];

describe('coach assistant instructions', () => {
  it('detects languages by file count and frameworks from manifests', () => {
    const stack = detectStack(files);
    assert.deepStrictEqual(stack.languages, ['python', 'go']);
    assert.deepStrictEqual(stack.frameworks, ['Flask', 'Requests', 'Gin']);
    for (const t of ['sql', 'shell', 'outbound-http', 'cookies']) assert.ok(stack.topics.includes(t), t);
  });

  it("states the requirements of the stack's rules, marking language-specific ones", () => {
    const stack = detectStack(files);
    const section = instructionsSection(stack, knowledge());
    assert.ok(section.startsWith(SECTION_BEGIN) && section.endsWith(SECTION_END));
    const linked = new Set(stack.topics.flatMap((t) => knowledge().rulesFor(t)));
    const expected = [...linked].filter((r) => r.languages.some((l) => l === 'python' || l === 'go'));
    assert.ok(expected.length > 0);
    for (const rule of expected) assert.ok(section.includes(rule.requirement), rule.id);
    assert.match(section, /- \(Go\) Never pass user input to a shell/);
    assert.match(section, /### Outbound HTTP \/ URLs/);
    assert.match(section, /warden:ai-generated begin/);
  });

  it('creates, appends and replaces the section without touching other text', () => {
    const section = instructionsSection(detectStack(files), knowledge());
    const created = upsertSection(undefined, section);
    assert.ok(created.ok && created.text.includes(section));
    const mine = '# Team rules\r\n\r\nUse tabs.\r\n';
    const appended = upsertSection(mine, section);
    assert.ok(appended.ok && appended.text.startsWith(mine));
    const edited = appended.text + 'Trailing notes.\r\n';
    const newer = upsertSection(edited, `${SECTION_BEGIN}\nnew\n${SECTION_END}`);
    assert.ok(newer.ok);
    assert.strictEqual(newer.text, `${mine}\r\n${SECTION_BEGIN}\r\nnew\r\n${SECTION_END}\r\nTrailing notes.\r\n`);
    const again = upsertSection(newer.text, `${SECTION_BEGIN}\nnew\n${SECTION_END}`);
    assert.ok(again.ok && again.text === newer.text, 'idempotent');
  });

  it('refuses to guess when the end marker is missing', () => {
    assert.strictEqual(upsertSection(`${SECTION_BEGIN}\nold`, 'new').ok, false);
  });
});
