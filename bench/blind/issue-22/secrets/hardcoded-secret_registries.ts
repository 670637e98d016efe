// class: hardcoded-secret — package-registry tokens in a TypeScript publish script
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';

// expect: hardcoded-secret
const NPM_TOKEN = '{{token:npm_QSuUoy7Nb|Lp0RztfKY2K|Nw5mz|Dk8zKsiGx1S}}';

// safe: hardcoded-secret
const NPM_REGISTRY = 'https://registry.npmjs.org/';

// expect: hardcoded-secret
const PYPI_TOKEN = '{{token:pypi-AgEIcHlw|aS5vcmcS5Y26CDi|xS_1u1LZoHbjhx|T9gXF_H-cz|J2Vxmk0sQdC|XojkkG8f98utA|zeaKVp1V_4AndH|Vx4lMYld|TCnph9tk1j6Y-i6|j93u5j46Z|ARAbRt8-xLBtcNB|5kqltiu|TA2vNpz17Q4XBD|khipH|fGdoqpQ}}';

// safe: hardcoded-secret
const PYPI_USERNAME = '__token__';

// expect: hardcoded-secret
const RUBYGEMS_API_KEY = '{{token:rubyge|ms_6a0692eb8a|a08a1|3b0459393895|7092a|c8a4242a7bda77d7}}';

// expect: hardcoded-secret
const NUGET_API_KEY = '{{token:oy27ts55|x3lqefjzkab8|qb0w5j3w57k|0295aagmmpdne0y}}';

// expect: hardcoded-secret
const DOCKERHUB_TOKEN = '{{token:dckr_pa|t_Lg4|YJnT7c82e|Pg5mR4dnrEIHLHG}}';

// expect: hardcoded-secret
const CARGO_REGISTRY_TOKEN = '{{token:cioLJ689ct|4WpMqBU1VMkmP|Y1VDL2PWCSVg}}';

// expect: hardcoded-secret
const CLOJARS_DEPLOY_TOKEN = '{{token:CLOJA|RS_63aea|2cf60f33|b7c6352cade4ae46|bd4b63|7c0b6bf1d77d2|05c0d072865e}}';

// expect: hardcoded-secret
const ARTIFACTORY_API_KEY = '{{token:AKCp8|qCx1IJndubD|7fL99|t2Qvi|HpNpCJ|TAhyAQ4wppBBOZxC|FNCzDeg|lieCEIQCpof5|bT9wa4}}';

// safe: hardcoded-secret
const npmrcLine = `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`;

export function publishAll(version: string): void {
  writeFileSync(join(homedir(), '.npmrc'), `//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`);
  execFileSync('npm', ['publish', '--registry', NPM_REGISTRY]);
  execFileSync('twine', ['upload', `dist/acme-${version}.tar.gz`, '-u', PYPI_USERNAME, '-p', PYPI_TOKEN]);
  execFileSync('gem', ['push', `acme-${version}.gem`], { env: { ...process.env, GEM_HOST_API_KEY: RUBYGEMS_API_KEY } });
  execFileSync('dotnet', ['nuget', 'push', `Acme.${version}.nupkg`, '--api-key', NUGET_API_KEY]);
  execFileSync('docker', ['login', '-u', 'acmebot', '--password-stdin'], { input: DOCKERHUB_TOKEN });
  execFileSync('cargo', ['publish'], { env: { ...process.env, CARGO_REGISTRY_TOKEN } });
  execFileSync('lein', ['deploy', 'clojars'], { env: { ...process.env, CLOJARS_PASSWORD: CLOJARS_DEPLOY_TOKEN } });
  // safe: hardcoded-secret
  const ghcrToken = process.env.GHCR_TOKEN ?? '';
  execFileSync('docker', ['login', 'ghcr.io', '-u', 'acmebot', '--password-stdin'], { input: ghcrToken });
  void ARTIFACTORY_API_KEY;
  void npmrcLine;
}
