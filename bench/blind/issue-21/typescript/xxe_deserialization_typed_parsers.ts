// class: xxe, deserialization, code-injection — typed import service: xmldom/sax/xml2js near-misses, libxmljs2 entities, serialize-javascript eval
import express, { Request, Response } from 'express';
import { DOMParser } from '@xmldom/xmldom';
import sax from 'sax';
import { parseStringPromise } from 'xml2js';
import libxmljs2 from 'libxmljs2';

export const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/plain'] }));

router.post('/xml/dom', (req: Request<{}, {}, string>, res: Response) => {
  // safe: xxe
  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ root: doc.documentElement?.nodeName });
});

router.post('/xml/stream', (req: Request<{}, {}, string>, res: Response) => {
  const parser = sax.parser(true);
  let count = 0;
  parser.onopentag = () => {
    count += 1;
  };
  // safe: xxe
  parser.write(req.body).close();
  res.json({ count });
});

router.post('/xml/js', async (req: Request<{}, {}, string>, res: Response) => {
  // safe: xxe
  res.json(await parseStringPromise(req.body, { explicitArray: false }));
});

router.post('/xml/entities', (req: Request<{}, {}, string>, res: Response) => {
  // expect: xxe
  const doc = libxmljs2.parseXml(req.body, { noent: true });
  res.json({ root: doc.root()?.name() });
});

function deserialize(serialized: string): unknown {
  // serialize-javascript's README way of reading its output back; the caller below passes the request body
  // expect: deserialization, code-injection
  return eval('(' + serialized + ')');
}

router.post('/state/restore', (req: Request<{}, {}, string>, res: Response) => {
  const state = deserialize(req.body);
  res.json({ restored: state !== undefined });
});
