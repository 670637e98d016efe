// Assistant instructions: the stack from files and manifests, an always-on section within 2,000
// characters, per-language files within 2,500 with applyTo globs, one sentence per concept (no
// near-duplicates), and writes that touch nothing outside Warden's markers.

import * as assert from 'assert';
import { AGENTS } from '../../../core/coach/agents';
import { conceptText } from '../../../core/coach/concept-text';
import {
  ALWAYS_ON_LIMIT,
  FILE_LIMIT,
  instructionFiles,
  planInstructionWrites,
  SECTION_BEGIN,
  SECTION_END,
  upsertSection,
} from '../../../core/coach/instructions';
import { detectStack, WorkspaceFile } from '../../../core/coach/stack';
import { CONCEPTS } from '../../../core/coach/concepts';

const files: WorkspaceFile[] = [
  { path: 'app/upload.py' },
  { path: 'app/views.py' },
  { path: 'cmd/server/main.go' },
  { path: 'requirements.txt', text: 'Flask==3.0.0\nrequests>=2\n' },
  { path: 'go.mod', text: 'module x\nrequire github.com/gin-gonic/gin v1.9.0\n' },
  { path: 'README.md' },
];

/** A polyglot repository with every framework Warden knows: the largest instructions it writes. */
const polyglot: WorkspaceFile[] = [
  ...['a.py', 'b.go', 'C.java', 'd.js', 'e.ts', 'f.tsx'].map((p) => ({ path: `src/${p}` })),
  {
    path: 'package.json',
    text: '{"dependencies": {"express": "1", "koa": "1", "fastify": "1", "@nestjs/core": "1", "next": "1", "react": "1", "multer": "1", "jsonwebtoken": "1", "pg": "1", "stripe": "1"}}',
  },
  { path: 'requirements.txt', text: 'flask\ndjango\nfastapi\nsqlalchemy\npyyaml\nrequests\n' },
  {
    path: 'go.mod',
    text: 'github.com/gin-gonic/gin\ngithub.com/labstack/echo\ngorm.io/gorm\ngithub.com/golang-jwt/jwt\n',
  },
  { path: 'pom.xml', text: 'spring-boot-starter-security spring-boot-starter-data-jpa org.springframework' },
];

const bullets = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

/** Share of words two bullets have in common (Jaccard). */
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const common = [...x].filter((w) => y.has(w)).length;
  return common / (x.size + y.size - common);
}

describe('coach assistant instructions', () => {
  it('detects languages by file count, frameworks from manifests, and the concepts they add', () => {
    const stack = detectStack(files);
    assert.deepStrictEqual(stack.languages, ['python', 'go']);
    assert.deepStrictEqual(stack.frameworks, ['Flask', 'Requests', 'Gin']);
    assert.ok(stack.concepts.python!.includes('csrf') && stack.concepts.python!.includes('ssrf'));
    assert.ok(stack.concepts.go!.includes('insecure-cookie'));
    assert.ok(!stack.concepts.go!.includes('ssrf'), "Requests is Python's");
  });

  it('keeps the always-on section within 2,000 characters, with authorization, CSRF and dependencies', () => {
    for (const stack of [detectStack(files), detectStack(polyglot), detectStack([])]) {
      const section = instructionFiles(stack, 'copilot')[0];
      assert.strictEqual(section.path, '.github/copilot-instructions.md');
      assert.strictEqual(section.ownership, 'section');
      assert.ok(section.content.length <= ALWAYS_ON_LIMIT, `${section.content.length}`);
      assert.ok(section.content.startsWith(SECTION_BEGIN) && section.content.endsWith(SECTION_END));
      assert.match(section.content, /Authorize every access to a record/);
      assert.match(section.content, /CSRF/);
      assert.match(section.content, /dependencies, pinned in the lockfile/);
      assert.match(section.content, /Assisted-by:/);
      assert.doesNotMatch(section.content, /Explain each security decision|in comments next to the code/i);
    }
  });

  it('writes one Copilot file per language with its applyTo glob and only its own sentences', () => {
    const stack = detectStack(polyglot);
    const perLanguage = instructionFiles(stack, 'copilot').slice(1);
    assert.deepStrictEqual(
      perLanguage.map((f) => f.path),
      ['typescript', 'go', 'java', 'python'].map((l) => `.github/instructions/warden-${l}.instructions.md`),
    );
    const ts = perLanguage.find((f) => f.path.includes('typescript'))!;
    assert.match(ts.content, /^---\napplyTo: "\*\*\/\*\{\.ts,\.mts,\.cts,\.tsx,\.js,\.jsx,\.mjs,\.cjs\}"\n---\n/);
    const py = perLanguage.find((f) => f.path.includes('python'))!;
    assert.match(py.content, /^---\napplyTo: "\*\*\/\*\{\.py,\.pyw\}"\n---\n/);
    const pythonSentences = new Set(CONCEPTS.map((c) => conceptText(c, 'python')));
    for (const b of bullets(py.content)) assert.ok(pythonSentences.has(b), b);
    assert.match(py.content, /yaml\.safe_load/);
    assert.doesNotMatch(py.content, /execFile|exec\.Command|PreparedStatement/);
  });

  it('keeps every file of every agent within 2,500 characters, without near-duplicate bullets', () => {
    for (const stack of [detectStack(files), detectStack(polyglot)]) {
      for (const agent of AGENTS) {
        for (const file of instructionFiles(stack, agent)) {
          assert.ok(file.content.length <= FILE_LIMIT, `${agent} ${file.path}: ${file.content.length}`);
          const list = bullets(file.content);
          assert.ok(list.length >= 8, `${agent} ${file.path}`);
          for (let i = 0; i < list.length; i++)
            for (let j = i + 1; j < list.length; j++)
              assert.ok(overlap(list[i], list[j]) < 0.5, `${agent} ${file.path}:\n${list[i]}\n${list[j]}`);
        }
      }
    }
  });

  it('gives Cursor a whole rule file and Claude and AGENTS.md readers a section with the languages inline', () => {
    const stack = detectStack(files);
    const [cursor] = instructionFiles(stack, 'cursor');
    assert.strictEqual(cursor.path, '.cursor/rules/warden.mdc');
    assert.strictEqual(cursor.ownership, 'whole');
    assert.match(cursor.content, /^---\ndescription: .+\nalwaysApply: true\n---\n/);
    const [claude] = instructionFiles(stack, 'claude');
    assert.deepStrictEqual([claude.path, claude.ownership], ['CLAUDE.md', 'section']);
    assert.match(claude.content, /### Python\n- Pass values as query parameters/);
    assert.match(claude.content, /### Go\n- Use db\.Query\/Exec/);
    for (const agent of ['codex', 'agents'] as const)
      assert.strictEqual(instructionFiles(stack, agent)[0].path, 'AGENTS.md');
  });

  it("writes only the agents' fixed instruction files", () => {
    const allowed =
      /^(\.github\/copilot-instructions\.md|\.github\/instructions\/warden-(python|go|java|javascript|typescript)\.instructions\.md|\.cursor\/rules\/warden\.mdc|CLAUDE\.md|AGENTS\.md)$/;
    for (const agent of AGENTS)
      for (const f of instructionFiles(detectStack(polyglot), agent)) assert.match(f.path, allowed, agent);
  });

  it('creates, appends and replaces the section without touching other text', () => {
    const section = instructionFiles(detectStack(files), 'claude')[0].content;
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

  it('plans every file or none: a broken section stops the whole plan', () => {
    const planned = instructionFiles(detectStack(files), 'copilot');
    const ok = planInstructionWrites(planned, (p) => (p.endsWith('copilot-instructions.md') ? 'Mine.\n' : undefined));
    assert.ok(ok.ok);
    assert.strictEqual(ok.writes.length, planned.length);
    assert.ok(ok.writes[0].text.startsWith('Mine.\n'));
    const same = planInstructionWrites(planned, (p) => ok.writes.find((w) => w.path === p)!.text);
    assert.ok(same.ok && same.writes.every((w) => !w.changed), 'a second run changes nothing');
    const broken = planInstructionWrites(planned, (p) =>
      p.endsWith('copilot-instructions.md') ? `${SECTION_BEGIN}\nold\n` : undefined,
    );
    assert.ok(!broken.ok);
    assert.match(broken.error, /copilot-instructions\.md: the Warden section has no/);
  });
});
