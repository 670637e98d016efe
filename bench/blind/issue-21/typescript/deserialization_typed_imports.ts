// class: deserialization — typed import endpoints: node-serialize, js-yaml with unsafe schema, funcster vs JSON/safe schema
import { Body, Controller, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import * as serialize from 'node-serialize';
import * as yaml from 'js-yaml';
import funcster from 'funcster';

@Controller('import')
export class ImportController {
  @Post('state')
  state(@Body('blob') blob: string) {
    // expect: deserialization
    return serialize.unserialize(Buffer.from(blob, 'base64').toString('utf8'));
  }

  @Post('workflow')
  workflow(@Body('yaml') text: string) {
    // expect: deserialization
    return yaml.load(text, { schema: (yaml as any).DEFAULT_FULL_SCHEMA });
  }

  @Post('workflow-safe')
  workflowSafe(@Body('yaml') text: string) {
    // safe: deserialization
    return yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
  }

  @Post('functions')
  functions(@Req() req: Request) {
    // expect: deserialization
    return funcster.deepDeserialize(req.body.functions);
  }

  @Post('json')
  json(@Body('payload') payload: string) {
    // safe: deserialization
    return JSON.parse(payload) as unknown;
  }
}
