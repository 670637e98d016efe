// class: sqli — typed repositories: knex raw/whereRaw, Sequelize query/literal, mssql, oracledb, sqlite3, += built text
import express, { Request, Response } from 'express';
import { Knex } from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';
import sql from 'mssql';
import oracledb from 'oracledb';
import sqlite3 from 'sqlite3';

export function createRouter(knex: Knex, sequelize: Sequelize, sqlite: sqlite3.Database): express.Router {
  const router = express.Router();

  router.get('/tickets', async (req: Request<{}, {}, {}, { state?: string }>, res: Response) => {
    // expect: sqli
    const rows = await knex('tickets').whereRaw(`state = '${req.query.state}'`);
    res.json(rows);
  });

  router.get('/tickets/bound', async (req: Request<{}, {}, {}, { state?: string }>, res: Response) => {
    // safe: sqli
    const rows = await knex('tickets').whereRaw('state = ?', [req.query.state ?? 'open']);
    res.json(rows);
  });

  router.get('/agents', async (req: Request, res: Response) => {
    let query = 'SELECT * FROM agents WHERE 1=1';
    query += ` AND region = '${String(req.query.region)}'`;
    // expect: sqli
    const rows = await sequelize.query(query, { type: QueryTypes.SELECT });
    res.json(rows);
  });

  router.get('/agents/bound', async (req: Request, res: Response) => {
    // safe: sqli
    const rows = await sequelize.query('SELECT * FROM agents WHERE region = $region', { bind: { region: String(req.query.region) }, type: QueryTypes.SELECT });
    res.json(rows);
  });

  router.get('/stock/:sku', async (req: Request<{ sku: string }>, res: Response) => {
    // expect: sqli
    const result = await new sql.Request().query(`SELECT qty FROM stock WHERE sku = '${req.params.sku}'`);
    res.json(result.recordset);
  });

  router.get('/stock-safe/:sku', async (req: Request<{ sku: string }>, res: Response) => {
    const request = new sql.Request().input('sku', sql.VarChar, req.params.sku);
    // safe: sqli
    const result = await request.query('SELECT qty FROM stock WHERE sku = @sku');
    res.json(result.recordset);
  });

  router.get('/staff', async (req: Request, res: Response) => {
    const conn = await oracledb.getConnection();
    // expect: sqli
    const result = await conn.execute('SELECT * FROM staff WHERE last_name = \'' + String(req.query.name) + '\'');
    res.json(result.rows);
  });

  router.get('/logs', (req: Request, res: Response) => {
    // expect: sqli
    sqlite.get('SELECT * FROM logs WHERE level = "'.concat(String(req.query.level), '"'), (err: Error | null, row: unknown) => res.json(row));
  });

  return router;
}
