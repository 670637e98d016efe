// class: xxe — supplier invoice import: libxmljs with entity substitution vs parsers that never resolve external entities
const express = require('express');
const libxmljs = require('libxmljs');
const libxmljs2 = require('libxmljs2');
const xml2js = require('xml2js');
const { XMLParser } = require('fast-xml-parser');

const router = express.Router();
router.use(express.text({ type: 'application/xml' }));

router.post('/invoices/import', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ total: doc.get('//total').text() });
});

router.post('/invoices/import-v2', (req, res) => {
  // expect: xxe
  const doc = libxmljs2.parseXmlString(req.body, { noent: true, dtdload: true });
  res.json({ total: doc.get('//total').text() });
});

router.post('/invoices/validate', (req, res) => {
  // safe: xxe
  const doc = libxmljs.parseXml(req.body);
  res.json({ root: doc.root().name() });
});

router.post('/invoices/convert', async (req, res) => {
  // safe: xxe
  const parsed = await xml2js.parseStringPromise(req.body);
  res.json(parsed);
});

router.post('/invoices/fast', (req, res) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  // safe: xxe
  res.json(parser.parse(req.body));
});

router.post('/invoices/legacy', (req, res) => {
  const options = { noent: true, nonet: false };
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, options);
  res.json({ lines: doc.find('//line').length });
});

module.exports = router;
