// class: sqli, cmdi, path-traversal, ssrf — AWS Lambda handlers: event query/path/body data (medium confidence)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import mysql from 'mysql2/promise';
import { execSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'orders', database: 'orders' });

export const listOrders = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const status = event.queryStringParameters?.status ?? 'open';
  // expect: sqli
  const [rows] = await pool.query(`SELECT * FROM orders WHERE status = '${status}'`);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const getOrder = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const id = event.pathParameters?.id;
  // safe: sqli
  const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [id]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const archiveOrder = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const body = JSON.parse(event.body ?? '{}');
  // expect: cmdi
  execSync(`zip -r /tmp/${body.orderId}.zip /tmp/orders/${body.orderId}`);
  return { statusCode: 202, body: '' };
};

export const getTemplate = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.queryStringParameters?.template ?? 'default.html';
  // expect: path-traversal
  const html = readFileSync(join('/opt/templates', name), 'utf8');
  return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: html };
};

export const notifyPartner = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { callback } = JSON.parse(event.body ?? '{}');
  // expect: ssrf
  await fetch(callback, { method: 'POST', body: JSON.stringify({ ok: true }) });
  return { statusCode: 204, body: '' };
};

export const greet = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.queryStringParameters?.name ?? 'there';
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html' },
    // expect: xss
    body: `<h1>Hi ${name}</h1>`,
  };
};

export const greetJson = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.queryStringParameters?.name ?? 'there';
  // safe: xss
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hello: name }) };
};
