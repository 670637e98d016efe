// Harden prompt's choice of requirements (core/coach/harden.ts): the language, one requirement
// per concept in that language, at most eight ordered by risk, nothing for tasks without a
// security surface, precise triggers, and a follow-up that ends with a deterministic scan.
// The prompts are our own, written for these behaviours.

import * as assert from 'assert';
import { conceptText } from '../../../core/coach/concept-text';
import { isConcept } from '../../../core/coach/concepts';
import { detectLanguage, mainLanguageFromRoot, resolveLanguage } from '../../../core/coach/detect';
import { FOLLOW_UP_END, MAX_REQUIREMENTS, selectRequirements } from '../../../core/coach/harden';
import { hardenJson, hardenPrompt } from '../../../core/coach/prompt';
import { expandRuleLanguages } from '../../../core/protocol/languages';
import { knowledge } from './support';

const ids = (prompt: string, editor?: 'python' | 'go' | 'java' | 'javascript' | 'typescript'): string[] =>
  selectRequirements(prompt, knowledge(), { editor }).requirements.map((r) => r.id);

/** Our own task prompts, each with the requirement a reviewer would want first among the top ones. */
const TASKS: Array<[string, string]> = [
  ['python script that loads settings from a yaml file', 'deserialization'],
  ['an express route that converts an uploaded audio file with ffmpeg', 'cmdi'],
  ['show the results of a search query on our vue page', 'xss'],
  ['a koa middleware that compares the request api key with ours', 'constant-time'],
  ['a flask endpoint that returns the invoices for a customer id', 'authorization'],
  ['a Go handler that unpacks a tar archive the user uploads', 'archive'],
  ['spring controller for the forgot password flow that emails a reset link', 'password-reset'],
  ['a django view that lets users download the files they stored earlier', 'path-traversal'],
  ['node service that fetches the page at a URL the user gives and returns its title', 'ssrf'],
  ['Go function that looks up products in the db by name', 'sqli'],
  ['a java method that parses the XML purchase order sent by partners', 'xxe'],
  ['express login endpoint that checks the password', 'password-storage'],
  ['Write a Flask route that redirects to the next parameter after login', 'open-redirect'],
  ['a fastapi endpoint to update the current user profile from the JSON body', 'mass-assignment'],
  ['nestjs guard that verifies the JWT bearer token', 'jwt'],
];

describe('coach harden: language', () => {
  it('reads the language from the prompt, in any case, with node and golang as hints', () => {
    assert.strictEqual(detectLanguage('a NODE script that renames files'), 'javascript');
    assert.strictEqual(detectLanguage('Node.js worker'), 'javascript');
    assert.strictEqual(detectLanguage('a GoLang service'), 'go');
    assert.strictEqual(detectLanguage('write this in go please'), 'go');
    assert.strictEqual(detectLanguage('a go handler for uploads'), 'go');
    assert.strictEqual(detectLanguage('FLASK app'), 'python');
    assert.strictEqual(detectLanguage('a NestJS module on top of Express'), 'typescript');
    assert.strictEqual(detectLanguage('go ahead and add a button'), undefined);
    assert.strictEqual(detectLanguage('count the leaves of each tree node'), undefined);
  });

  it('falls back to the editor, then the workspace; a JavaScript hint keeps a TypeScript context', () => {
    assert.strictEqual(resolveLanguage('a django view', { editor: 'go', workspace: 'java' }), 'python');
    assert.strictEqual(resolveLanguage('an endpoint that stores a file', { editor: 'go', workspace: 'java' }), 'go');
    assert.strictEqual(resolveLanguage('an endpoint that stores a file', { workspace: 'java' }), 'java');
    assert.strictEqual(resolveLanguage('an endpoint that stores a file'), undefined);
    assert.strictEqual(resolveLanguage('a react component', { editor: 'tsx' }), 'tsx');
    assert.strictEqual(resolveLanguage('a TypeScript helper', { editor: 'javascript' }), 'typescript');
  });

  it('takes the workspace language from the manifests at its root', () => {
    assert.strictEqual(mainLanguageFromRoot(['README.md', 'go.mod', 'package.json']), 'go');
    assert.strictEqual(mainLanguageFromRoot(['package.json', 'tsconfig.json']), 'typescript');
    assert.strictEqual(mainLanguageFromRoot(['package.json']), 'javascript');
    assert.strictEqual(mainLanguageFromRoot(['pyproject.toml']), 'python');
    assert.strictEqual(mainLanguageFromRoot(['pom.xml']), 'java');
    assert.strictEqual(mainLanguageFromRoot(['notes.txt']), undefined);
  });

  it("never gives another language's sentences once the language is known", () => {
    for (const [prompt] of TASKS) {
      const s = selectRequirements(prompt, knowledge(), { editor: 'java' });
      for (const r of s.requirements) assert.strictEqual(r.text, conceptText(r.id, s.language), `${prompt}: ${r.id}`);
    }
    const py = hardenPrompt('a flask endpoint that decodes a JSON body and runs the command it names', knowledge());
    assert.strictEqual(py.language, 'python');
    assert.doesNotMatch(py.prompt, /execFile|exec\.Command|ProcessBuilder|v, ok :=/);
    assert.doesNotMatch(py.followUp, /type assertion/i);
  });
});

describe('coach harden: requirements', () => {
  for (const [prompt, top] of TASKS) {
    it(`"${prompt}" asks for ${top} first or among the three riskiest`, () => {
      const got = ids(prompt);
      assert.ok(got.slice(0, 3).includes(top), `${top} not in ${got.slice(0, 3).join(', ')}`);
    });
  }

  it('tags every requirement with one concept, once, and a rule of that class for the language', () => {
    for (const [prompt] of TASKS) {
      const s = selectRequirements(prompt, knowledge());
      const concepts = s.requirements.map((r) => r.id);
      assert.ok(concepts.length <= MAX_REQUIREMENTS);
      assert.strictEqual(new Set(concepts).size, concepts.length, prompt);
      for (const r of s.requirements) {
        assert.ok(isConcept(r.id));
        if (!r.rule) continue;
        const rule = knowledge().rule(r.rule)!;
        assert.strictEqual(rule.class, r.id);
        if (s.language) assert.ok(expandRuleLanguages(rule.languages).includes(s.language), `${r.rule} ${s.language}`);
      }
    }
  });

  it('keeps at most eight, riskiest first, for a prompt that touches everything', () => {
    const busy =
      'A Flask API where users log in with a password, upload zip archives, download their reports by id, ' +
      'fetch a URL they give, render markdown comments, run ffmpeg, and call the payment API with our key.';
    const got = ids(busy);
    assert.strictEqual(got.length, MAX_REQUIREMENTS);
    assert.strictEqual(got[0], 'cmdi');
    assert.ok(!got.includes('input-validation'), 'the generic ask gives way to the specific risks');
  });

  it('adds nothing, or one line, to prompts with no security surface', () => {
    for (const control of [
      'refactor this function to async/await',
      'write jest tests for the date formatting helpers',
      'add a dark mode toggle to the settings page',
      'sort a list of numbers and return the median',
      'Rename the variables in this module so they explain themselves',
      'Update the design tokens file with the new brand colours',
    ]) {
      const h = hardenPrompt(control, knowledge());
      assert.ok(h.requirements.length <= 1, `${control}: ${h.requirements.map((r) => r.id)}`);
      if (h.requirements.length === 0) assert.strictEqual(h.prompt, control);
    }
    assert.strictEqual(hardenPrompt('add a dark mode toggle', knowledge()).prompt, 'add a dark mode toggle');
    assert.ok(ids('write pytest tests for the login view').length <= 1, 'a test task keeps one line at most');
  });

  it('reads precise triggers, not common words', () => {
    assert.ok(!ids('create a Stripe checkout session for the cart').includes('insecure-cookie'));
    assert.ok(ids('store the login session in a cookie').includes('insecure-cookie'));
    assert.deepStrictEqual(ids('format the invoice total with two decimals'), []);
    assert.ok(!ids('validate the zip code field').includes('archive'));
    assert.ok(ids('extract the uploaded zip file').includes('archive'));
    assert.ok(!ids('a command-line tool that counts words with a hash map').includes('cmdi'));
    assert.ok(!selectRequirements('log in the user and show the dashboard', knowledge()).topics.includes('logging'));
    assert.ok(ids('log every failed request with its headers').includes('secret-logging'));
    assert.ok(!ids('a react counter component with a reset button').includes('xss'));
    assert.ok(!ids('python script that reads a local CSV file and prints totals').includes('path-traversal'));
  });

  it('reads tasks described without their technical names', () => {
    const cases: Array<[string, string]> = [
      ['an express login handler that sends the user back to where they came from', 'open-redirect'],
      ['a java method that finds a user in the company directory by username', 'ldapi'],
      ['a node route to stream a video file by its name', 'path-traversal'],
      ['a java class that sends the weekly report through SMTP', 'hardcoded-secret'],
      ['a servlet that copies request parameters into the session', 'trust-boundary'],
      ['let admins write custom pricing rules that we run on the server', 'code-injection'],
      ['java code to zip a directory by calling the system zip tool', 'cmdi'],
      ['update jackson-databind to a version without known vulnerabilities', 'vulnerable-dependency'],
    ];
    for (const [prompt, concept] of cases) assert.ok(ids(prompt).includes(concept), `${prompt}: ${ids(prompt)}`);
  });

  it('keeps server-side requirements out of a UI-only task', () => {
    const got = ids('a react component with a password field and a show-password button');
    for (const serverSide of ['password-storage', 'rate-limit', 'sqli'])
      assert.ok(!got.includes(serverSide), got.join());
  });

  it('gives the JSON the CLI prints: prompt, followUp, requirements, language, topics', () => {
    const j = hardenJson('a flask endpoint that returns the invoices for a customer id', knowledge());
    assert.deepStrictEqual(Object.keys(j), ['prompt', 'followUp', 'requirements', 'language', 'topics']);
    assert.strictEqual(j.language, 'python');
    assert.ok(j.topics.includes('object-access'));
    assert.ok(j.prompt.startsWith('a flask endpoint that returns the invoices for a customer id\n\n'));
    for (const r of j.requirements) assert.ok(j.prompt.includes(`- ${r.text}`));
    assert.ok(!j.prompt.includes(j.followUp), 'the follow-up is sent second, not in the prompt');
    assert.strictEqual(hardenJson('add a dark mode toggle', knowledge()).language, null);
  });

  it('keeps hardened prompts short: the added text stays well under 1,200 characters', () => {
    for (const [prompt] of TASKS) {
      const h = hardenPrompt(prompt, knowledge());
      assert.ok(h.prompt.length <= 1200, `${prompt}: ${h.prompt.length}`);
    }
  });
});

describe('coach harden: follow-up', () => {
  it('reviews what the requirements are about and ends with running Warden, not self-certification', () => {
    const h = hardenPrompt('an express route that converts an uploaded audio file with ffmpeg', knowledge());
    assert.ok(h.followUp.endsWith(FOLLOW_UP_END), h.followUp);
    assert.match(h.followUp, /then run Warden on the result\.$/);
    assert.match(h.followUp, /OS command injection/);
    assert.doesNotMatch(h.followUp, /confirm|vouch|every security requirement above is met/i);
    assert.doesNotMatch(h.followUp, /SQL injection/);
    assert.strictEqual(hardenPrompt('sort a list', knowledge()).followUp, '');
  });
});
