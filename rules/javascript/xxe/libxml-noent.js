const express = require('express');
const libxmljs = require('libxmljs2');
const { XMLParser } = require('fast-xml-parser');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ root: doc.root().name() });
});

app.post('/feed', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, { noblanks: true, noent: true, nocdata: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/dtd', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { dtdload: true });
  res.json({ ok: !!doc });
});

app.post('/safe', (req, res) => {
  // safe: xxe
  const doc = libxmljs.parseXml(req.body);
  // safe: xxe
  const doc2 = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  // safe: xxe
  const parsed = new XMLParser().parse(req.body);
  res.json({ doc: !!doc, doc2: !!doc2, parsed });
});
