// class: xxe, tls-verify — typed feed importer: libxmljs entity options, TLS options on agents, Sequelize, env override
import express, { Request, Response } from 'express';
import libxmljs from 'libxmljs';
import { XMLParser } from 'fast-xml-parser';
import https from 'node:https';
import axios from 'axios';
import { Sequelize } from 'sequelize';

const router = express.Router();
router.use(express.text({ type: '*/xml' }));

router.post('/feeds/import', (req: Request<{}, {}, string>, res: Response) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ items: doc.find('//item').length });
});

router.post('/feeds/import-safe', (req: Request<{}, {}, string>, res: Response) => {
  // safe: xxe
  const doc = libxmljs.parseXml(req.body, { noblanks: true });
  res.json({ items: doc.find('//item').length });
});

router.post('/feeds/parse', (req: Request<{}, {}, string>, res: Response) => {
  // safe: xxe
  res.json(new XMLParser().parse(req.body));
});

export const feedClient = axios.create({
  baseURL: 'https://feeds.partner.example.com',
  httpsAgent: new https.Agent({
    keepAlive: true,
    // expect: tls-verify
    rejectUnauthorized: false,
  }),
});

export const db = new Sequelize(process.env.DATABASE_URL as string, {
  dialect: 'mysql',
  // expect: tls-verify
  dialectOptions: { ssl: { rejectUnauthorized: false } },
});

export function allowSelfSigned(): void {
  if (process.env.NODE_ENV !== 'production') {
    // expect: tls-verify
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
  }
}

export const strictAgent = new https.Agent({
  // safe: tls-verify
  rejectUnauthorized: true,
  minVersion: 'TLSv1.2',
});

export function pinnedRequest(path: string) {
  return https.request({
    host: 'payments.example.com',
    path,
    // expect: tls-verify
    checkServerIdentity: (): undefined => undefined,
  });
}

export default router;
