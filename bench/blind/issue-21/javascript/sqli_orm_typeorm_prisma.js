// class: sqli — ORM escape hatches: TypeORM query/createQueryBuilder().where, Prisma $queryRawUnsafe/$executeRawUnsafe
const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { dataSource } = require('./data-source');

const router = express.Router();
const prisma = new PrismaClient();

router.get('/accounts', async (req, res) => {
  // expect: sqli
  const rows = await dataSource.query('SELECT * FROM account WHERE region = \'' + req.query.region + '\'');
  res.json(rows);
});

router.get('/accounts/builder', async (req, res) => {
  const rows = await dataSource
    .getRepository('Account')
    .createQueryBuilder('account')
    // expect: sqli
    .where(`account.owner = '${req.query.owner}'`)
    .getMany();
  res.json(rows);
});

router.get('/accounts/builder-safe', async (req, res) => {
  const rows = await dataSource
    .getRepository('Account')
    .createQueryBuilder('account')
    // safe: sqli
    .where('account.owner = :owner', { owner: req.query.owner })
    .getMany();
  res.json(rows);
});

router.get('/audit', async (req, res) => {
  // expect: sqli
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM audit WHERE actor = '${req.query.actor}'`);
  res.json(rows);
});

router.delete('/audit', async (req, res) => {
  // expect: sqli
  await prisma.$executeRawUnsafe('DELETE FROM audit WHERE created_at < ' + req.query.before);
  res.sendStatus(204);
});

router.get('/audit/safe', async (req, res) => {
  // safe: sqli
  const rows = await prisma.$queryRaw`SELECT * FROM audit WHERE actor = ${req.query.actor}`;
  res.json(rows);
});

module.exports = router;
