// class: code-injection — typed rules service: eval/new Function/vm/vm2 on request data, SSTI, window dispatch
import express, { Request, Response } from 'express';
import vm from 'node:vm';
import { NodeVM } from 'vm2';
import * as ejs from 'ejs';
import Handlebars from 'handlebars';
import nunjucks from 'nunjucks';
import _ from 'lodash';

interface RuleBody {
  expression: string;
  template: string;
}

const app = express();
app.use(express.json());

app.post('/rules/eval', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  const value: unknown = eval(req.body.expression);
  res.json({ value });
});

app.post('/rules/fn', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  const fn = new Function('ctx', `return (${req.body.expression});`) as (ctx: object) => unknown;
  res.json({ value: fn({}) });
});

app.post('/rules/vm', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  const value = vm.runInNewContext(req.body.expression, { Math });
  res.json({ value });
});

app.post('/rules/nodevm', (req: Request<{}, {}, RuleBody>, res: Response) => {
  const sandbox = new NodeVM({ timeout: 200 });
  // expect: code-injection
  res.json({ value: sandbox.run(req.body.expression) });
});

app.post('/templates/ejs', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  res.send(ejs.render(req.body.template, {}));
});

app.post('/templates/hbs', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  res.send(Handlebars.compile(req.body.template)({}));
});

app.post('/templates/njk', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  res.send(nunjucks.renderString(req.body.template, {}));
});

app.post('/templates/lodash', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // expect: code-injection
  res.send(_.template(req.body.template)({}));
});

app.post('/templates/fixed', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // safe: code-injection
  res.send(nunjucks.render('rule-result.njk', { expression: req.body.expression }));
});

app.post('/rules/json', (req: Request<{}, {}, RuleBody>, res: Response) => {
  // safe: code-injection
  res.json({ value: JSON.parse(req.body.expression) as unknown });
});

export default app;
