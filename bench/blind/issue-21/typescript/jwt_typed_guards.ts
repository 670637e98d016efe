// class: jwt — NestJS guards: jwt.verify without algorithms on a public key, none accepted, decode for authorization
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import type { Request } from 'express';

const PUBLIC_KEY = readFileSync('/run/secrets/jwt.pub', 'utf8');

@Injectable()
export class LooseGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const token = req.headers.authorization?.split(' ')[1] ?? '';
    // expect: jwt
    const claims = jwt.verify(token, PUBLIC_KEY) as jwt.JwtPayload;
    return claims.scope === 'admin';
  }
}

@Injectable()
export class DecodeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    // expect: jwt
    const claims = jwt.decode(req.cookies.token) as jwt.JwtPayload | null;
    return claims?.role === 'owner';
  }
}

@Injectable()
export class NoneGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const options: jwt.VerifyOptions = {
      // expect: jwt
      algorithms: ['RS256', 'none'],
    };
    return Boolean(jwt.verify(String(req.headers['x-token']), PUBLIC_KEY, options));
  }
}

@Injectable()
export class StrictGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const token = req.headers.authorization?.split(' ')[1] ?? '';
    // safe: jwt
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'auth.example.com' }) as jwt.JwtPayload;
    return claims.scope === 'admin';
  }
}

@Injectable()
export class GraceGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    return Boolean(
      jwt.verify(String(req.query.t), PUBLIC_KEY, {
        algorithms: ['RS256'],
        // expect: jwt
        ignoreExpiration: true,
      }),
    );
  }
}
