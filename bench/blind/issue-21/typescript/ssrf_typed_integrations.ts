// class: ssrf — typed integration service: got, undici, superagent, needle, node-fetch, http.request, axios instances
import express, { Request, Response } from 'express';
import got from 'got';
import { fetch as undiciFetch } from 'undici';
import superagent from 'superagent';
import needle from 'needle';
import nodeFetch from 'node-fetch';
import http from 'node:http';
import axios, { AxiosInstance } from 'axios';

interface HookBody {
  url: string;
  event: string;
}

const router = express.Router();
const client: AxiosInstance = axios.create({ timeout: 3000 });
const crm: AxiosInstance = axios.create({ baseURL: 'https://crm.example.com/api' });

router.post('/hooks/got', async (req: Request<{}, {}, HookBody>, res: Response) => {
  // expect: ssrf
  await got.post(req.body.url, { json: { event: req.body.event } });
  res.sendStatus(204);
});

router.post('/hooks/undici', async (req: Request<{}, {}, HookBody>, res: Response) => {
  // expect: ssrf
  await undiciFetch(req.body.url, { method: 'POST' });
  res.sendStatus(204);
});

router.post('/hooks/superagent', async (req: Request<{}, {}, HookBody>, res: Response) => {
  // expect: ssrf
  await superagent.post(req.body.url).send({ event: req.body.event });
  res.sendStatus(204);
});

router.post('/hooks/needle', async (req: Request<{}, {}, HookBody>, res: Response) => {
  // expect: ssrf
  await needle('post', req.body.url, { event: req.body.event }, { json: true });
  res.sendStatus(204);
});

router.get('/fetch', async (req: Request, res: Response) => {
  // expect: ssrf
  const upstream = await nodeFetch(String(req.query.url));
  res.send(await upstream.text());
});

router.get('/internal', (req: Request, res: Response) => {
  // expect: ssrf
  http.get({ host: String(req.query.host), port: 8080, path: '/status' }, (r) => r.pipe(res));
});

router.get('/instance', async (req: Request, res: Response) => {
  // expect: ssrf
  const { data } = await client.get<string>(String(req.query.feed));
  res.send(data);
});

router.get('/crm/contacts/:id', async (req: Request<{ id: string }>, res: Response) => {
  // safe: ssrf
  const { data } = await crm.get(`/contacts/${encodeURIComponent(req.params.id)}`);
  res.json(data);
});

router.get('/status', async (_req: Request, res: Response) => {
  // safe: ssrf
  const body = await got('https://status.example.com/api/v2/status.json').json();
  res.json(body);
});

export default router;
