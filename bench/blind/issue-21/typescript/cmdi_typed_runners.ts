// class: cmdi — typed job runners: shelljs, execa with shell, spawnSync with bash, Deno.Command, Bun.spawn, unknown program
import express, { Request, Response } from 'express';
import shell from 'shelljs';
import { execa } from 'execa';
import { spawnSync, spawn } from 'node:child_process';

const router = express.Router();

router.post('/backup', (req: Request<{}, {}, { database: string }>, res: Response) => {
  // expect: cmdi
  const result = shell.exec(`pg_dump ${req.body.database} | gzip > /backups/db.gz`, { silent: true });
  res.json({ code: result.code });
});

router.post('/compress', async (req: Request<{}, {}, { dir: string }>, res: Response) => {
  // expect: cmdi
  await execa(`tar czf /tmp/out.tgz ${req.body.dir}`, { shell: true });
  res.sendStatus(202);
});

router.post('/compress-safe', async (req: Request<{}, {}, { dir: string }>, res: Response) => {
  // safe: cmdi
  await execa('tar', ['czf', '/tmp/out.tgz', '--', req.body.dir]);
  res.sendStatus(202);
});

router.get('/whois', (req: Request, res: Response) => {
  // expect: cmdi
  const out = spawnSync('bash', ['-c', 'whois ' + String(req.query.domain)], { encoding: 'utf8' });
  res.type('text/plain').send(out.stdout);
});

router.get('/whois-safe', (req: Request, res: Response) => {
  // safe: cmdi
  const out = spawnSync('whois', [String(req.query.domain)], { encoding: 'utf8' });
  res.type('text/plain').send(out.stdout);
});

export function launch(program: string, args: string[]): void {
  // policy: origin-not-traced
  // expect: cmdi
  spawn(program, args, { stdio: 'inherit' });
}

export async function denoThumbnail(request: Request & { url: string }): Promise<string> {
  const size = new URL(request.url).searchParams.get('size') ?? '64';
  // expect: cmdi
  const cmd = new Deno.Command('sh', { args: ['-c', `convert in.png -resize ${size} out.png`] });
  const { code } = await cmd.output();
  return String(code);
}

export async function bunArchive(request: globalThis.Request): Promise<Response | globalThis.Response> {
  const { folder } = (await request.json()) as { folder: string };
  // expect: cmdi
  const proc = Bun.spawn(['bash', '-c', `zip -r out.zip ${folder}`]);
  await proc.exited;
  return new globalThis.Response('ok');
}

export default router;
