// class: sqli — NestJS + Mongoose: request objects as filters and $where strings (NoSQL injection, CWE-943)
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

interface Account {
  email: string;
  password: string;
  plan: string;
}

class LoginDto {
  email!: string;
  password!: string;
}

@Controller('accounts')
export class AccountsController {
  constructor(@InjectModel('Account') private readonly accounts: Model<Account>) {}

  @Post('login')
  async login(@Body() dto: LoginDto) {
    // expect: sqli
    const account = await this.accounts.findOne({ email: dto.email, password: dto.password });
    return { ok: Boolean(account) };
  }

  @Post('filter')
  async filter(@Body() filter: Record<string, unknown>) {
    // expect: sqli
    return this.accounts.find(filter).lean();
  }

  @Get('by-plan')
  async byPlan(@Query('plan') plan?: string) {
    // expect: sqli
    return this.accounts.find({ $where: `this.plan == "${plan}"` }).lean();
  }

  @Post('login-safe')
  async loginSafe(@Body() dto: LoginDto) {
    if (typeof dto.email !== 'string') return { ok: false };
    // safe: sqli
    const account = await this.accounts.findOne({ email: { $eq: dto.email } });
    return { ok: Boolean(account) };
  }

  @Get('premium')
  async premium() {
    // safe: sqli
    return this.accounts.find({ plan: 'premium' }).lean();
  }
}
