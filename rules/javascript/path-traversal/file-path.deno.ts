import { join, basename, resolve } from 'node:path';

const ROOT = '/srv/files';

Deno.serve(async (req: Request) => {
  const name = new URL(req.url).searchParams.get('name') ?? 'index.txt';
  // expect: path-traversal
  const text = await Deno.readTextFile(`${ROOT}/${name}`);
  // expect: path-traversal
  await Deno.writeTextFile(join(ROOT, name), text);
  // safe: path-traversal
  const readme = await Deno.readTextFile(join(ROOT, basename(name)));
  // safe: path-traversal
  const fixed = await Deno.readTextFile(`${ROOT}/README.md`);
  return new Response(readme + fixed);
});

Bun.serve({
  async fetch(req: Request) {
    const name = new URL(req.url).searchParams.get('name') ?? 'a.txt';
    // expect: path-traversal
    const file = Bun.file(join(ROOT, name));
    // expect: path-traversal
    await Bun.write(`${ROOT}/uploads/${name}`, await req.text());
    // safe: path-traversal
    const logo = Bun.file(join(ROOT, 'logo.png'));
    return new Response(file.size > 0 ? file : logo);
  },
});

export function download(req: Request): Response {
  const name = new URL(req.url).searchParams.get('name') ?? '';
  const full = resolve(ROOT, name);
  if (!full.startsWith(ROOT + '/')) return new Response('no', { status: 400 });
  // safe: path-traversal
  return new Response(Bun.file(full));
}
