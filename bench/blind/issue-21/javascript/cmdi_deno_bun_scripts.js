// class: cmdi — Deno and Bun HTTP handlers shelling out: Deno.run, Deno.Command, Bun.spawn
export async function handleDenoBackup(request) {
  const url = new URL(request.url);
  const database = url.searchParams.get('db');
  // expect: cmdi
  const process = Deno.run({ cmd: ['sh', '-c', `pg_dump ${database} > /backups/latest.sql`] });
  const status = await process.status();
  return new Response(JSON.stringify(status), { headers: { 'content-type': 'application/json' } });
}

export async function handleDenoConvert(request) {
  const form = await request.formData();
  const name = form.get('name');
  // expect: cmdi
  const command = new Deno.Command('bash', { args: ['-c', 'pandoc ' + name + ' -o out.pdf'] });
  const { code } = await command.output();
  return new Response(String(code));
}

export async function handleDenoConvertSafe(request) {
  const form = await request.formData();
  const name = String(form.get('name'));
  // safe: cmdi
  const command = new Deno.Command('pandoc', { args: ['--', name, '-o', 'out.pdf'] });
  const { code } = await command.output();
  return new Response(String(code));
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const host = url.searchParams.get('host');
    // expect: cmdi
    const proc = Bun.spawn(['sh', '-c', 'ping -c 1 ' + host]);
    const text = await new Response(proc.stdout).text();
    return new Response(text);
  },
};
