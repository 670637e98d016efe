// class: insecure-cookie, tls-verify, jwt — near-misses in a typed gateway: complete cookie flags, verified TLS, pinned algorithms
import express, { Request, Response } from 'express';
import session from 'express-session';
import https from 'node:https';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import * as jwt from 'jsonwebtoken';

const app = express();
const CA = readFileSync('/etc/ssl/partner-ca.pem');

app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    // safe: insecure-cookie
    cookie: { httpOnly: true, secure: true, sameSite: 'strict' },
  }),
);

app.post('/locale', (req: Request, res: Response) => {
  // safe: insecure-cookie
  res.cookie('locale', String(req.body.locale), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

export const partnerAgent = new https.Agent({
  // safe: tls-verify
  ca: CA,
  keepAlive: true,
});

export function connectPartner(): tls.TLSSocket {
  // safe: tls-verify
  return tls.connect({ host: 'partner.example.com', port: 443, ca: CA, servername: 'partner.example.com' });
}

app.get('/me', (req: Request, res: Response) => {
  const token = String(req.headers.authorization ?? '').slice(7);
  // safe: jwt
  const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
  res.json(claims);
});

app.post('/beta', (req: Request, res: Response) => {
  // expect: insecure-cookie
  res.cookie('beta', String(req.body.flag), { secure: true });
  res.sendStatus(204);
});

export default app;
