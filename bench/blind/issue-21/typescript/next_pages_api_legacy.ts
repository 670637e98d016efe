// class: sqli, open-redirect, path-traversal, xss — Next.js pages-router API routes: req.query / req.body
import type { NextApiRequest, NextApiResponse } from 'next';
import { MongoClient } from 'mongodb';
import fs from 'fs';
import path from 'path';

const client = new MongoClient(process.env.MONGODB_URI as string);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const orders = client.db('shop').collection('orders');

  if (req.method === 'POST') {
    // expect: sqli
    const found = await orders.find(req.body.filter).toArray();
    return res.status(200).json(found);
  }

  if (req.query.mode === 'owner') {
    // safe: sqli
    const found = await orders.find({ owner: String(req.query.owner) }).toArray();
    return res.status(200).json(found);
  }

  if (req.query.next) {
    // expect: open-redirect
    return res.redirect(307, req.query.next as string);
  }

  if (req.query.invoice) {
    // expect: path-traversal
    const pdf = fs.readFileSync(path.join(process.cwd(), 'invoices', req.query.invoice as string));
    res.setHeader('content-type', 'application/pdf');
    return res.send(pdf);
  }

  if (req.query.greet) {
    res.setHeader('content-type', 'text/html');
    // expect: xss
    return res.send(`<p>Hello ${req.query.greet}</p>`);
  }

  // safe: xss
  return res.status(200).json({ message: `Hello ${req.query.name ?? 'guest'}` });
}
