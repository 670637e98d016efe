// class: prototype-pollution — NestJS preferences: lodash merge/set/defaultsDeep with request data, computed keys
import { Body, Controller, Patch, Post, Put, Query } from '@nestjs/common';
import merge from 'lodash/merge';
import set from 'lodash/set';
import defaultsDeep from 'lodash/defaultsDeep';
import deepmerge from 'deepmerge';

type Prefs = Record<string, unknown>;
const BASE: Prefs = { layout: 'grid', density: 'comfortable' };
const KEYS = ['layout', 'density', 'locale'] as const;

@Controller('prefs')
export class PrefsController {
  private prefs: Prefs = { ...BASE };

  @Put()
  replace(@Body() body: Prefs) {
    // expect: prototype-pollution
    this.prefs = merge({}, BASE, body);
    return this.prefs;
  }

  @Put('deep')
  replaceDeep(@Body() body: Prefs) {
    // expect: prototype-pollution
    this.prefs = defaultsDeep(body, BASE);
    return this.prefs;
  }

  @Patch()
  patch(@Body('path') path: string, @Body('value') value: unknown) {
    // expect: prototype-pollution
    set(this.prefs, path, value);
    return this.prefs;
  }

  @Post('field')
  field(@Query('group') group: string, @Query('key') key: string, @Query('value') value: string) {
    const target = (this.prefs[group] ?? {}) as Prefs;
    // expect: prototype-pollution
    target[key] = value;
    this.prefs[group] = target;
    return this.prefs;
  }

  @Post('combine')
  combine(@Body() body: Prefs) {
    // expect: prototype-pollution
    return deepmerge(BASE, body);
  }

  @Post('known')
  known(@Body('key') key: string, @Body('value') value: string) {
    if (!(KEYS as readonly string[]).includes(key)) return this.prefs;
    // safe: prototype-pollution
    this.prefs[key] = value;
    return this.prefs;
  }

  @Post('pick')
  pick(@Body() body: { layout?: string; density?: string }) {
    // safe: prototype-pollution
    this.prefs = { ...BASE, layout: String(body.layout ?? BASE.layout), density: String(body.density ?? BASE.density) };
    return this.prefs;
  }
}
