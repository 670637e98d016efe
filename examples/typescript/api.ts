// A TypeScript API as an assistant might write it. Labels mark what Warden should report.
import express, { Request, Response } from 'express';
import { Pool } from 'pg';
import jwt from 'jsonwebtoken';

const pool = new Pool();
const app = express();

app.get('/orders', async (req: Request, res: Response) => {
  const customer = req.query.customer as string;
  // expect: sqli
  const result = await pool.query(`SELECT * FROM orders WHERE customer = '${customer}'`);
  // safe: sqli
  const safe = await pool.query('SELECT * FROM orders WHERE customer = $1', [customer]);
  res.json({ result: result.rows, safe: safe.rows });
});

app.get('/me', (req: Request, res: Response) => {
  const token = String(req.headers.authorization).replace('Bearer ', '');
  // expect: jwt
  const claims = jwt.decode(token);
  res.json(claims);
});

export function newResetCode(): string {
  // expect: weak-random
  const resetToken = Math.random().toString(36).slice(2);
  return resetToken;
}

export default app;
