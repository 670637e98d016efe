// class: ssrf — "export report as PDF": puppeteer, playwright, chrome-remote-interface, phantom, wkhtmltopdf, html-pdf
const express = require('express');
const puppeteer = require('puppeteer');
const { chromium } = require('playwright');
const CDP = require('chrome-remote-interface');
const phantom = require('phantom');
const wkhtmltopdf = require('wkhtmltopdf');
const htmlPdf = require('html-pdf');

const router = express.Router();

router.get('/export/url', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle0' });
  res.type('application/pdf').send(await page.pdf());
  await browser.close();
});

router.post('/export/html', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(req.body.html);
  res.type('application/pdf').send(await page.pdf());
  await browser.close();
});

router.post('/export/script', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  // expect: code-injection
  await page.addInitScript(req.body.setupScript);
  await page.goto('https://reports.example.com/dashboard');
  // expect: code-injection
  const data = await page.evaluate(req.body.extractor);
  res.json({ data });
  await browser.close();
});

router.get('/export/report/:id', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  // safe: ssrf
  await page.goto(`https://reports.example.com/render/${encodeURIComponent(req.params.id)}`);
  res.type('application/pdf').send(await page.pdf());
  await browser.close();
});

router.get('/export/cdp', async (req, res) => {
  const client = await CDP();
  // expect: ssrf
  await client.Page.navigate({ url: req.query.url });
  res.sendStatus(202);
});

router.get('/export/phantom', async (req, res) => {
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  await page.open(req.query.url);
  res.send(await page.property('content'));
});

router.get('/export/wkhtml', (req, res) => {
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
});

router.post('/export/html-pdf', (req, res) => {
  // expect: ssrf
  htmlPdf.create(req.body.html, { format: 'A4' }).toStream((err, stream) => stream.pipe(res));
});

module.exports = router;
