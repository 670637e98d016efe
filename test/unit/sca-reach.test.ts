// Go reachability: a vulndb advisory keeps its severity when the module's own code imports the
// vulnerable package and uses a listed symbol, and is reported as info (saying why) otherwise.
// Modules are written to a temporary folder and scanned the way the CLI scans a go.mod.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanManifest } from '../../server/src/sca';
import { readGoModuleCode } from '../../server/src/sca/go-module-files';
import { goImports, goModuleCode, packageNames } from '../../server/src/sca/go-reach';
import { loadSnapshot } from '../../server/src/sca/snapshot-file';
import { scanFile } from '../../server/src/workspace/scan-file';
import { REPO, scanner } from '../helpers';
import { tempDir, writeFiles } from './cli-support';

const SNAPSHOT = path.join(REPO, 'advisories', 'snapshot.json');
// gin 1.9.0 has one advisory: Context.FileAttachment does not escape the file name.
const GO_MOD = 'module example.com/shop\n\ngo 1.21\n\nrequire github.com/gin-gonic/gin v1.9.0\n';

function scanModule(files: Record<string, string>) {
  const dir = tempDir('warden-reach-');
  writeFiles(dir, { 'go.mod': GO_MOD, ...files });
  const goMod = path.join(dir, 'go.mod');
  const { findings } = scanManifest(goMod, GO_MOD, loadSnapshot(SNAPSHOT), { goCode: () => readGoModuleCode(goMod) });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.strictEqual(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0].message, /CVE-2023-29401/);
  return findings[0];
}

describe('SCA Go reachability', () => {
  it('a module importing gin and calling c.FileAttachment: reported at the advisory severity, saying it is reachable', () => {
    const f = scanModule({
      'main.go': `package main

import (
\t"net/http"

\tweb "github.com/gin-gonic/gin"
)

func main() {
\tr := web.New()
\tr.GET("/report", func(c *web.Context) { c.FileAttachment("/srv/report.pdf", c.Query("name")) })
\t_ = http.ListenAndServe(":8080", r)
}
`,
    });
    assert.strictEqual(f.severity, 'warning');
    assert.match(
      f.message,
      /reachable: this module imports github\.com\/gin-gonic\/gin and uses Context\.FileAttachment/,
    );
  });

  it('a module importing nothing vulnerable: info, saying the package is not imported', () => {
    const f = scanModule({
      'main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("FileAttachment") }\n',
    });
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /\[this module's code does not import github\.com\/gin-gonic\/gin\]/);
    assert.match(f.message, /Reported as info, not warning: this module's code does not reach the vulnerable code\./);
  });

  it('importing the package without using a listed symbol is info too; tests, vendor/ and nested modules are not the module', () => {
    const f = scanModule({
      'api/routes.go':
        'package api\n\nimport "github.com/gin-gonic/gin"\n\nfunc New() *gin.Engine { return gin.New() }\n',
      'api/routes_test.go':
        'package api\n\nimport "github.com/gin-gonic/gin"\n\nfunc t(c *gin.Context) { c.FileAttachment("a", "b") }\n',
      'vendor/x/x.go':
        'package x\n\nimport "github.com/gin-gonic/gin"\n\nfunc t(c *gin.Context) { c.FileAttachment("a", "b") }\n',
      'tools/go.mod': 'module example.com/tools\n',
      'tools/t.go':
        'package t\n\nimport "github.com/gin-gonic/gin"\n\nfunc t(c *gin.Context) { c.FileAttachment("a", "b") }\n',
    });
    assert.strictEqual(f.severity, 'info');
    assert.match(
      f.message,
      /imports github\.com\/gin-gonic\/gin but uses none of its vulnerable symbols \(Context\.FileAttachment\)/,
    );
  });

  it('an unreached advisory of a package that is also unmaintained stays a warning (dgrijalva/jwt-go)', () => {
    const dir = tempDir('warden-reach-');
    const goMod = 'module m\n\nrequire github.com/dgrijalva/jwt-go v3.2.0+incompatible\n';
    writeFiles(dir, { 'go.mod': goMod, 'main.go': 'package main\n\nfunc main() {}\n' });
    const file = path.join(dir, 'go.mod');
    const { findings } = scanManifest(file, goMod, loadSnapshot(SNAPSHOT), { goCode: () => readGoModuleCode(file) });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [['sca/go/vulnerable', 'warning']],
    );
    assert.match(findings[0].message, /Reported as warning, not error: .* Also: .*golang-jwt\/jwt\/v5/);
  });

  it('a go.mod with no code beside it keeps the advisory severity (reachability unknown, nothing said)', () => {
    const { findings } = scanManifest('go.mod', GO_MOD, loadSnapshot(SNAPSHOT));
    assert.strictEqual(findings[0].severity, 'warning');
    assert.doesNotMatch(findings[0].message, /reachable|reported as info/);
  });

  it('the CLI and the editor read the module for a go.mod on disk (scanFile)', async () => {
    const dir = tempDir('warden-reach-');
    writeFiles(dir, { 'go.mod': GO_MOD, 'cmd/app/main.go': 'package main\n\nfunc main() {}\n' });
    const scan = await scanFile(scanner(), path.join(dir, 'go.mod'), { snapshot: () => loadSnapshot(SNAPSHOT) });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(scan.findings[0]?.severity, 'info', JSON.stringify(scan.findings));
  });

  it('reads import declarations and the names packages are used by', () => {
    const imports = goImports(`package p
// import "commented.out/pkg"
import "gopkg.in/yaml.v3"
import (
\tjwt "github.com/golang-jwt/jwt/v4"
\t_ "github.com/lib/pq"
\t. "github.com/onsi/gomega"
\t"golang.org/x/net/html"
)
`);
    assert.deepStrictEqual(
      [...imports],
      [
        ['gopkg.in/yaml.v3', ''],
        ['github.com/golang-jwt/jwt/v4', 'jwt'],
        ['github.com/onsi/gomega', '.'],
        ['golang.org/x/net/html', ''],
      ],
    );
    assert.deepStrictEqual(packageNames('gopkg.in/yaml.v3'), ['yaml']);
    assert.deepStrictEqual(packageNames('github.com/golang-jwt/jwt/v4'), ['jwt']);
    assert.ok(packageNames('github.com/go-redis/redis').includes('redis'));
    const code = goModuleCode([
      'package p\nimport "golang.org/x/net/html"\nvar s = "html.Render("\n// html.Render(x)\nfunc f() { html.Parse(nil) }\n',
    ]);
    assert.deepStrictEqual(
      [...code.imports.get('golang.org/x/net/html')!.selectors],
      ['Parse'],
      'strings and comments are no use',
    );
  });
});
