import { NextResponse } from 'next/server';
import Koa from 'koa';

export async function GET() {
  try {
    const data = await loadDashboard();
    return NextResponse.json(data);
  } catch (error) {
    // expect: info-leak
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}

export async function POST() {
  try {
    await loadDashboard();
    return NextResponse.json({ ok: true });
  } catch (error) {
    console.error(error);
    // safe: info-leak
    return NextResponse.json({ error: 'Something went wrong' }, { status: 500 });
  }
}

const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = 500;
    // expect: info-leak
    ctx.body = { error: err.message };
  }
});

async function loadDashboard(): Promise<object> { return {}; }
