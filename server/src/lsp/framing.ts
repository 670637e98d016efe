// Guards the stdio framing of LSP (`Content-Length: N\r\n\r\n` + N bytes). vscode-jsonrpc reports
// a missing or non-numeric length and carries on with the body read as the next header, so every
// later message is eaten the same way: the server stays up but never answers again. Here every
// header is checked before the reader sees it; the first broken one ends the stream with a reason,
// and the server exits so the client can start a fresh one (red-team #14).

import { Transform, TransformCallback } from 'stream';

/** V8 cannot hold a longer string; no LSP message can be this large. */
export const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
/** A header block longer than this is not LSP. */
export const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n');
// RFC 7230 token characters for the name; any printable value.
const HEADER_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*([^\r\n]*)$/;

export class FramingError extends Error {}

/** Checks one header block (without its final blank line) and returns the body length. */
export function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const match = HEADER_LINE.exec(line);
    if (!match) throw new FramingError(`not an LSP header line: ${JSON.stringify(line.slice(0, 80))}`);
    if (match[1].toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,10}$/.test(match[2].trim()))
      throw new FramingError(`Content-Length is not a number: ${JSON.stringify(match[2].slice(0, 40))}`);
    length = Number(match[2].trim());
    if (length > MAX_MESSAGE_BYTES) throw new FramingError(`Content-Length ${length} is over ${MAX_MESSAGE_BYTES}`);
  }
  if (length === undefined) throw new FramingError('a header without Content-Length');
  return length;
}

/**
 * Passes well-framed bytes through unchanged (bodies stream through without being copied
 * together) and fails the stream with a FramingError at the first broken header.
 */
export class FramingGuard extends Transform {
  private header = Buffer.alloc(0);
  /** Body bytes still to pass through; 0 while a header is being read. */
  private remaining = 0;

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      let rest = chunk;
      while (rest.length > 0) {
        if (this.remaining > 0) {
          const body = rest.subarray(0, this.remaining);
          this.push(body);
          this.remaining -= body.length;
          rest = rest.subarray(body.length);
          continue;
        }
        const searchFrom = Math.max(0, this.header.length - (HEADER_END.length - 1));
        this.header = Buffer.concat([this.header, rest]);
        const end = this.header.indexOf(HEADER_END, searchFrom);
        if (end < 0) {
          if (this.header.length > MAX_HEADER_BYTES) throw new FramingError('a header block with no end');
          return done();
        }
        const length = contentLength(this.header.subarray(0, end).toString('ascii'));
        this.push(this.header.subarray(0, end + HEADER_END.length));
        rest = this.header.subarray(end + HEADER_END.length);
        this.header = Buffer.alloc(0);
        this.remaining = length;
      }
      done();
    } catch (e) {
      done(e as Error);
    }
  }
}
