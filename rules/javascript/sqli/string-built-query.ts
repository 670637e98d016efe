import { NextRequest, NextResponse } from 'next/server';
import { PrismaClient, Prisma } from '@prisma/client';
import { Pool } from 'pg';
import { Controller, Get, Query } from '@nestjs/common';

const prisma = new PrismaClient();
const pool = new Pool();

export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get('email');
  // expect: sqli
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  // safe: sqli
  const same = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  // safe: sqli
  const also = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  return NextResponse.json({ users, same, also });
}

export async function POST(req: Request) {
  const body = await req.json();
  // expect: sqli
  const result = await pool.query(`UPDATE accounts SET nickname = '${body.nickname}' WHERE id = ${body.id}`);
  return Response.json(result.rows);
}

@Controller('reports')
export class ReportsController {
  @Get()
  async list(@Query('status') status: string) {
    // expect: sqli
    return pool.query("SELECT * FROM reports WHERE status = '" + status + "'");
  }

  @Get('by-id')
  async byId(@Query('id') id: string) {
    // safe: sqli
    return pool.query('SELECT * FROM reports WHERE id = $1', [id]);
  }
}

export async function findByName(dataSource: any, req: Request & { query: Record<string, string> }) {
  // expect: sqli
  const rows = await dataSource.getRepository('User').createQueryBuilder('u').where(`u.name = '${req.query.name}'`).getMany();
  // safe: sqli
  const same = await dataSource.getRepository('User').createQueryBuilder('u').where('u.name = :name', { name: req.query.name }).getMany();
  return [rows, same];
}

export async function handler(event: { body: string }) {
  const body = JSON.parse(event.body);
  // expect: sqli
  await pool.query(`DELETE FROM sessions WHERE user_id = '${body.userId}'`);
}
