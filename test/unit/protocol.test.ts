// core/protocol is the one definition of what client and server share: its settings defaults are
// package.json's, its languages are the engine's and the activation events', and every suppression
// marker it names is honoured by the engine.

import { CONFIG_EDITOR_LANGUAGES } from '../../core/secrets/config-files';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_SETTINGS,
  LANGUAGE_INFO,
  languageForEditorId,
  languageForPath,
  normalizeSettings,
  SETTING_DEFAULTS,
  SUPPRESSION_MARKERS,
  suppressionComment,
  WARDEN_IGNORE,
} from '../../core/protocol';
import { LANGUAGES } from '../../server/src/engine/languages';
import { parseSuppressions } from '../../server/src/engine/suppressions';
import { REPO } from '../helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('core/protocol', () => {
  it('declares every warden.* setting with the default package.json gives it', () => {
    const declared = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    const fromPackage = Object.fromEntries(
      Object.entries(declared).map(([key, spec]) => [key.replace(/^warden\./, ''), spec.default]),
    );
    assert.deepStrictEqual(fromPackage, SETTING_DEFAULTS);
    assert.strictEqual(DEFAULT_MAX_BYTES, (declared['warden.maxFileSizeKB'].default as number) * 1024);
  });

  it('normalizes what the client sends, falling back to the defaults field by field', () => {
    assert.deepStrictEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
    assert.deepStrictEqual(normalizeSettings({ maxFileSizeKB: -1, minimumSeverity: 'fatal', enable: 'yes' }), {
      ...DEFAULT_SETTINGS,
    });
    const custom = normalizeSettings({
      maxFileSizeKB: 10,
      minimumSeverity: 'error',
      disabledRules: ['a/b/c', 3],
      aiMarker: { label: 'mine' },
    });
    assert.deepStrictEqual(
      [custom.maxFileSizeKB, custom.minimumSeverity, custom.disabledRules, custom.aiMarkerLabel],
      [10, 'error', ['a/b/c'], 'mine'],
    );
  });

  it('names the same languages, extensions and comment syntax as the engine', () => {
    assert.deepStrictEqual(Object.keys(LANGUAGES).sort(), Object.keys(LANGUAGE_INFO).sort());
    for (const [id, info] of Object.entries(LANGUAGE_INFO)) {
      const spec = LANGUAGES[info.id];
      assert.strictEqual(spec.id, id);
      assert.deepStrictEqual(spec.extensions, info.extensions);
      assert.strictEqual(spec.syntax.lineComment, info.lineComment);
      assert.deepStrictEqual(spec.syntax.blockComment, info.blockComment);
    }
    assert.strictEqual(languageForPath('src/App.TSX'), 'tsx');
    assert.strictEqual(languageForEditorId('javascriptreact'), 'javascript');
  });

  it('activates on every editor language it serves', () => {
    const activated = (pkg.activationEvents as string[])
      .filter((e) => e.startsWith('onLanguage:'))
      .map((e) => e.slice('onLanguage:'.length))
      .sort();
    const served = [
      ...Object.values(LANGUAGE_INFO).flatMap((info) => info.editorLanguageIds),
      ...CONFIG_EDITOR_LANGUAGES,
    ].sort();
    assert.deepStrictEqual(activated, served);
  });

  it('every suppression marker it names silences the line below in every language', () => {
    for (const info of Object.values(LANGUAGE_INFO)) {
      for (const marker of SUPPRESSION_MARKERS) {
        const text = `${info.lineComment} ${marker}: py/sqli/format-string -- reviewed\ncall()\n`;
        const found = parseSuppressions(text, info.lineComment);
        assert.deepStrictEqual(
          found.map((s) => [s.marker, s.appliesTo]),
          [[marker, 1]],
          `${marker} in ${info.id}`,
        );
      }
    }
    assert.deepStrictEqual(parseSuppressions('x = 1 # nosecurity here\n', '#'), []);
  });

  it('writes a warden-ignore comment the engine reads back with its reason', () => {
    const text = 'def f():\n    run(cmd)\n';
    const comment = suppressionComment(text, 1, 'py/cmdi/shell', 'fixed command\nlist', '#');
    assert.deepStrictEqual(comment, { line: 1, text: `    # ${WARDEN_IGNORE}: py/cmdi/shell -- fixed command list\n` });
    const lines = text.split('\n');
    lines.splice(1, 0, comment.text.trimEnd());
    const [parsed] = parseSuppressions(lines.join('\n'), '#');
    assert.deepStrictEqual(
      [parsed.targets, parsed.reason, parsed.appliesTo],
      [['py/cmdi/shell'], 'fixed command list', 2],
    );
  });
});
