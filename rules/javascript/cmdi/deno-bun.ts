import { $ } from 'bun';

Deno.serve(async (req: Request) => {
  const params = new URL(req.url).searchParams;
  const tool = params.get('tool') ?? 'echo';
  const script = params.get('script') ?? '';
  // expect: cmdi
  const proc = new Deno.Command(tool, { args: ['--version'] });
  // expect: cmdi
  const shell = new Deno.Command('sh', { args: ['-c', `echo ${script}`] });
  // safe: cmdi
  const git = new Deno.Command('git', { args: ['log', '--oneline', '--', script] });
  // expect: cmdi
  Deno.run({ cmd: ['bash', '-c', script] });
  await proc.output();
  await shell.output();
  await git.output();
  return new Response('ok');
});

Bun.serve({
  async fetch(req: Request) {
    const url = new URL(req.url);
    const file = url.searchParams.get('file') ?? 'a.png';
    const cmd = url.searchParams.get('cmd') ?? '';
    // expect: cmdi
    Bun.spawn(['sh', '-c', `convert ${file} out.png`]);
    // expect: cmdi
    Bun.spawn({ cmd: [cmd, file] });
    // safe: cmdi
    Bun.spawn(['convert', file, 'out.png']);
    // Bun's shell escapes interpolated values.
    // safe: cmdi
    await $`convert ${file} out.png`;
    // expect: cmdi
    await $`bash -c ${cmd}`;
    // expect: cmdi
    await $`ls ${{ raw: cmd }}`;
    return new Response('ok');
  },
});
