// class: code-injection — near-misses in a typed pricing engine: maps of functions, parsed numbers, precompiled templates
import express, { Request, Response } from 'express';
import Handlebars from 'handlebars';
import vm from 'node:vm';

type Op = (a: number, b: number) => number;
const OPS: Record<string, Op> = { add: (a, b) => a + b, mul: (a, b) => a * b };
const banner = Handlebars.compile<{ name: string }>('<p>Hi {{name}}</p>');

export const router = express.Router();

router.get('/calc', (req: Request, res: Response) => {
  const op = Object.hasOwn(OPS, String(req.query.op)) ? OPS[String(req.query.op)] : OPS.add;
  // safe: code-injection
  res.json({ value: op(Number(req.query.a), Number(req.query.b)) });
});

router.get('/banner', (req: Request, res: Response) => {
  // safe: code-injection
  res.send(banner({ name: String(req.query.name) }));
});

router.get('/tax', (req: Request, res: Response) => {
  const context = vm.createContext({ amount: Number(req.query.amount) });
  // safe: code-injection
  res.json({ tax: vm.runInContext('amount * 0.2', context) });
});

router.get('/timer', (req: Request, res: Response) => {
  // safe: code-injection
  setTimeout(() => res.json({ done: true }), Math.min(Number(req.query.ms) || 0, 1000));
});

router.get('/formula', (req: Request, res: Response) => {
  // expect: code-injection
  res.json({ value: vm.runInNewContext(String(req.query.formula)) });
});

router.get('/module', async (req: Request, res: Response) => {
  // expect: code-injection
  const mod = (await import(String(req.query.name))) as { run: () => unknown };
  res.json({ value: mod.run() });
});
