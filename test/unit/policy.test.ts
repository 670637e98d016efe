// The team policy (.warden/policy.yaml, issue 28): every rule through the built CLI's exit code,
// SARIF and text output (forbidden, needs approval, approved, tier override, per-tier gate), and
// a malformed policy file giving one error with its file and line while the scan runs on defaults.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers';
import { parsePolicy } from '../../core/policy/parse';
import { parseApprovals, policyTier } from '../../core/policy/evaluate';
import { runCli, tempDir, writeFiles } from './cli-support';

const POLICY = `version: 1
boundaries:
  - paths: ["src/auth/**"]
    ai: forbidden
    reason: login code is written by hand
  - paths: ["src/billing/**"]
    ai: needs-approval
tiers:
  high:
    paths: ["src/billing/**"]
    keywords: [ledger]
  low:
    paths: ["scripts/**"]
gate:
  high: info
  low: none
`;

const AI_REGION = `# warden:ai-generated begin copilot
def total(items):
    return sum(i.price for i in items)
# warden:ai-generated end
`;

/** An info-level finding (MD5 for a checksum) and nothing else. */
const WEAK_HASH = `import hashlib

def checksum(data):
    return hashlib.md5(data).hexdigest()
`;

interface SarifResult {
  ruleId: string;
  properties: { tier?: string; boundary?: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
}

function sarifResults(stdout: string): SarifResult[] {
  return (JSON.parse(stdout) as { runs: Array<{ results: SarifResult[] }> }).runs[0].results;
}

describe('team policy file in warden scan', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-policy-');
    writeFiles(dir, { '.warden/policy.yaml': POLICY });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('forbidden: an AI-labelled region in a forbidden path fails the gate, SARIF naming tier and boundary', () => {
    writeFiles(dir, { 'src/auth/login.py': AI_REGION });
    const run = runCli(['scan', 'src', '--format', 'sarif'], dir);
    assert.strictEqual(run.code, 1, run.stderr);
    const results = sarifResults(run.stdout);
    assert.deepStrictEqual(
      results.map((r) => [r.ruleId, r.properties.boundary]),
      [['warden/policy/ai-forbidden', 'src/auth/**']],
    );
    assert.ok(results[0].properties.tier, 'the tier travels with the finding');
  });

  it('needs approval: fails without a marker, passes with a filled-in approval, not with the bare template', () => {
    writeFiles(dir, { 'src/billing/cart.py': AI_REGION });
    const unapproved = runCli(['scan', 'src', '--format', 'sarif'], dir);
    assert.strictEqual(unapproved.code, 1);
    assert.deepStrictEqual(
      sarifResults(unapproved.stdout).map((r) => [r.ruleId, r.properties.tier, r.properties.boundary]),
      [['warden/policy/ai-needs-approval', 'high', 'src/billing/**']],
    );
    writeFiles(dir, { 'src/billing/cart.py': `# warden:approved-by <name> 2026-12-07 <reason>\n${AI_REGION}` });
    assert.strictEqual(runCli(['scan', 'src'], dir).code, 1, 'an unfilled template approves nothing');
    writeFiles(dir, {
      'src/billing/cart.py': `# warden:approved-by dana 2026-12-07 prices summed only, no input\n${AI_REGION}`,
    });
    const approved = runCli(['scan', 'src', '--format', 'sarif'], dir);
    assert.strictEqual(approved.code, 0, approved.stdout);
    assert.deepStrictEqual(sarifResults(approved.stdout), []);
  });

  it('tier override and per-tier gate: the same info finding fails in a High path, not in a Low one nor without a policy', () => {
    writeFiles(dir, { 'src/billing/checksum.py': WEAK_HASH, 'scripts/checksum.py': WEAK_HASH });
    const high = runCli(['scan', 'src/billing', '--format', 'sarif'], dir);
    assert.strictEqual(high.code, 1, 'gate high: info');
    const results = sarifResults(high.stdout);
    assert.ok(results.length > 0 && results.every((r) => r.properties.tier === 'high'), high.stdout);
    const low = runCli(['scan', 'scripts', '--format', 'sarif', '--fail-on', 'info'], dir);
    assert.strictEqual(low.code, 0, 'the policy gate (low: none) wins over --fail-on');
    assert.ok(sarifResults(low.stdout).every((r) => r.properties.tier === 'low'));
    fs.rmSync(`${dir}/.warden`, { recursive: true });
    assert.strictEqual(runCli(['scan', 'src/billing'], dir).code, 0, 'default gate: warning');
  });

  it('the text report ends with a per-tier table', () => {
    writeFiles(dir, { 'src/billing/checksum.py': WEAK_HASH, 'scripts/checksum.py': WEAK_HASH });
    const run = runCli(['scan', '.'], dir);
    assert.match(run.stdout, /Policy tiers \(\.warden\/policy\.yaml\):/);
    assert.match(run.stdout, /^ {2}high +1 +\d+ +\d+ +info$/m);
    assert.match(run.stdout, /^ {2}low +1 +\d+ +0 +none$/m);
  });

  it('a malformed policy gives one error with file and line, and the scan runs with defaults', () => {
    writeFiles(dir, {
      '.warden/policy.yaml': 'boundaries:\n  - paths: ["src/**"]\n    ai: sometimes\n',
      'src/auth/login.py': AI_REGION,
      'src/billing/checksum.py': WEAK_HASH,
    });
    const run = runCli(['scan', 'src', '--format', 'sarif'], dir);
    assert.strictEqual(run.code, 0, 'defaults: no boundary, the info finding under the warning gate');
    const errors = run.stderr.split('\n').filter((l) => l.includes('policy.yaml'));
    assert.strictEqual(errors.length, 1, run.stderr);
    assert.match(
      errors[0],
      /\.warden\/policy\.yaml:3: .*ai must be one of 'forbidden', 'needs-approval'; using the default policy/,
    );
    assert.ok(sarifResults(run.stdout).length > 0, 'the scan still reported the file');
  });
});

describe('policy parsing and evaluation', () => {
  it('the sample policy of docs/team-practices.md parses without error', () => {
    const sample = parsePolicy(fs.readFileSync(path.join(REPO, 'docs', 'policy.sample.yaml'), 'utf8'));
    assert.strictEqual(sample.error, undefined);
    assert.deepStrictEqual(
      sample.policy.boundaries.map((b) => b.ai),
      ['forbidden', 'needs-approval'],
    );
    assert.strictEqual(sample.policy.gate.high, 'info');
  });

  it('reports YAML syntax errors and unknown keys at their line', () => {
    assert.deepStrictEqual(parsePolicy('gate:\n  high: warning\n  hihg: error\n').error?.line, 3);
    assert.match(parsePolicy('gate:\n  high: warning\n  hihg: error\n').error!.message, /unknown key 'hihg' in gate/);
    assert.strictEqual(parsePolicy('tiers: [\n').error?.file, '.warden/policy.yaml');
    assert.deepStrictEqual(parsePolicy('').policy, { boundaries: [], tiers: {}, gate: {} });
  });

  it('path globs override the heuristic both ways; keywords only raise it', () => {
    const { policy } = parsePolicy(POLICY);
    assert.strictEqual(policyTier(policy, 'scripts/pay.py', 'charge card', 'high').tier, 'low');
    assert.strictEqual(policyTier(policy, 'app/books.py', 'post to the Ledger', 'low').tier, 'high');
    assert.strictEqual(policyTier(policy, 'app/books.py', 'ledgers', 'medium').tier, 'medium');
  });

  it('an approval needs a name, an ISO date and a reason', () => {
    assert.deepStrictEqual(
      parseApprovals('# warden:approved-by dana 2026-12-07 reviewed\n# warden:approved-by dana yesterday ok\n').map(
        (a) => [a.line, a.name, a.reason],
      ),
      [[0, 'dana', 'reviewed']],
    );
  });
});
