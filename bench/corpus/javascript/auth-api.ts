// "Write a TypeScript Express API with register, login, password reset and a profile endpoint using Postgres and JWT."
import express, { Request, Response, NextFunction } from 'express';
import { Pool } from 'pg';
import jwt from 'jsonwebtoken';
import crypto from 'crypto';
import cors from 'cors';
import cookieParser from 'cookie-parser';

const app = express();
app.use(express.json());
app.use(cookieParser());
// expect: cors
app.use(cors({ origin: true, credentials: true }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
// A placeholder fallback (`change-me`): placeholders never report (policy.md, "Secrets").
// safe: hardcoded-secret
const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me-123';

function hashPassword(password: string): string {
  // expect: weak-crypto
  return crypto.createHash('md5').update(password).digest('hex');
}

app.post('/api/register', async (req: Request, res: Response) => {
  const { email, password, name } = req.body;
  if (!email || !password) return res.status(400).json({ error: 'email and password are required' });
  try {
    // safe: sqli
    const result = await pool.query(
      'INSERT INTO users (email, password_hash, name) VALUES ($1, $2, $3) RETURNING id',
      [email, hashPassword(password), name],
    );
    res.status(201).json({ id: result.rows[0].id });
  } catch (err: any) {
    // expect: info-leak
    res.status(500).json({ error: 'Registration failed', detail: err.message });
  }
});

app.post('/api/login', async (req: Request, res: Response) => {
  const { email, password } = req.body;
  // expect: sqli
  const result = await pool.query(`SELECT * FROM users WHERE email = '${email}' AND password_hash = '${hashPassword(password)}'`);
  if (result.rows.length === 0) return res.status(401).json({ error: 'Invalid credentials' });
  const user = result.rows[0];
  const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '7d' });
  // expect: insecure-cookie
  res.cookie('token', token, { maxAge: 7 * 24 * 3600 * 1000 });
  res.json({ token });
});

app.post('/api/password-reset', async (req: Request, res: Response) => {
  const { email } = req.body;
  // expect: weak-random
  const resetToken = Math.random().toString(36).substring(2) + Date.now().toString(36);
  // safe: sqli
  await pool.query('UPDATE users SET reset_token = $1 WHERE email = $2', [resetToken, email]);
  res.json({ message: 'If the account exists, a reset email was sent' });
});

function authenticate(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header) return res.status(401).json({ error: 'Missing token' });
  const token = header.split(' ')[1];
  // expect: jwt
  const payload = jwt.decode(token) as { sub: string; role: string } | null;
  if (!payload) return res.status(401).json({ error: 'Invalid token' });
  (req as any).user = payload;
  next();
}

function authenticateStrict(req: Request, res: Response, next: NextFunction) {
  try {
    // safe: jwt
    const payload = jwt.verify(req.cookies.token, JWT_SECRET, { algorithms: ['HS256'] });
    (req as any).user = payload;
    next();
  } catch {
    res.status(401).json({ error: 'Invalid token' });
  }
}

app.get('/api/profile', authenticate, async (req: Request, res: Response) => {
  const userId = (req as any).user.sub;
  // safe: sqli
  const result = await pool.query('SELECT id, email, name FROM users WHERE id = $1', [userId]);
  res.json(result.rows[0]);
});

app.get('/api/admin/users', authenticateStrict, async (req: Request, res: Response) => {
  const sort = (req.query.sort as string) || 'created_at';
  // expect: sqli
  const result = await pool.query('SELECT id, email, name FROM users ORDER BY ' + sort);
  res.json(result.rows);
});

app.get('/api/logout', (req: Request, res: Response) => {
  res.clearCookie('token');
  // expect: open-redirect
  res.redirect((req.query.next as string) || '/');
});

app.listen(4000);
