// class: hardcoded-secret — NestJS auth module config: JwtModule secret, jose keys, passport, hmac, placeholders
import { Module, Injectable } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { SignJWT, jwtVerify } from 'jose';
import { createHmac } from 'node:crypto';
import * as jwt from 'jsonwebtoken';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // expect: hardcoded-secret
      secretOrKey: 'n3stJ-wtK3y-7fQ2-xP9v',
    });
  }
}

@Module({
  imports: [
    JwtModule.register({
      // expect: hardcoded-secret
      secret: 'Jq7Wm2Xr9Tz4Lp8Vn3Kb',
      signOptions: { expiresIn: '1h' },
    }),
  ],
  providers: [JwtStrategy],
})
export class AuthModule {}

// expect: hardcoded-secret
const joseSecret: Uint8Array = new TextEncoder().encode('Hs256-R8t2-Mq5v-Zx7k-Pw4n');

export async function issue(sub: string): Promise<string> {
  return new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(joseSecret);
}

export async function check(token: string): Promise<unknown> {
  // safe: hardcoded-secret
  const key = new TextEncoder().encode(process.env.JOSE_SECRET ?? '');
  return (await jwtVerify(token, key)).payload;
}

export function signWebhook(body: string): string {
  // expect: hardcoded-secret
  return createHmac('sha512', 'Wb7k-Q2mz-9Lxr-T4vp').update(body).digest('hex');
}

export function legacyToken(sub: string): string {
  // expect: hardcoded-secret
  return jwt.sign({ sub }, 'Lx9-Tq2-Vm7-Rp4-Kz8', { algorithm: 'HS256' });
}

export const exampleConfig = {
  // safe: hardcoded-secret
  jwtSecret: 'changeme',
  // safe: hardcoded-secret
  clientSecret: '<your-client-secret>',
  // safe: hardcoded-secret
  apiToken: 'your-api-token-here',
  // safe: hardcoded-secret
  tokenType: 'Bearer',
};

// expect: hardcoded-secret
export const key16: string = 'T7q9Lm2Xv4Rz8Wp1';
