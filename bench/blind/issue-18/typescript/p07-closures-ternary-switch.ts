// point 7: flow through closures stored in variables, ternaries, switch over an enum, await and query-builder chains
import { NextRequest, NextResponse } from 'next/server';
import { Pool } from 'pg';
import knexFactory from 'knex';

const pool = new Pool();
const knex = knexFactory({ client: 'pg' });

enum Kind {
  Book = 'book',
  Film = 'film',
}

export async function GET(req: NextRequest): Promise<NextResponse> {
  const params = req.nextUrl.searchParams;
  const term = params.get('q') ?? '';
  // expect: sqli
  const lookup = (t: string) => pool.query("SELECT * FROM items WHERE name LIKE '%" + t + "%'");
  const found = await lookup(term);

  const sort = params.get('sort');
  const column = sort ? sort : 'name';
  // expect: sqli
  const sorted = await pool.query('SELECT * FROM items ORDER BY ' + column);
  const order = params.get('dir') === 'desc' ? 'DESC' : 'ASC';
  // safe: sqli
  const ordered = await pool.query('SELECT * FROM items ORDER BY name ' + order);

  let table: string;
  switch (params.get('kind') as Kind | null) {
    case Kind.Book:
      table = 'books';
      break;
    case Kind.Film:
      table = 'films';
      break;
    default:
      table = 'items';
  }
  // safe: sqli
  const byKind = await pool.query('SELECT * FROM ' + table);

  const name = params.get('name');
  // expect: sqli
  const filtered = await knex('items').whereRaw("name = '" + name + "'").orderBy('id');
  return NextResponse.json({ found: found.rows, sorted: sorted.rows, ordered: ordered.rows, byKind: byKind.rows, filtered });
}

export async function POST(req: NextRequest): Promise<NextResponse> {
  const { host } = (await req.json()) as { host: string };
  // expect: ssrf
  const upstream = await fetch(`https://${host}/api/search`);
  // safe: ssrf
  const health = await fetch('https://search.internal.example.com/health');
  return NextResponse.json({ body: await upstream.text(), ok: health.ok });
}
