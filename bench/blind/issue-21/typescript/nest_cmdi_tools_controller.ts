// class: cmdi — NestJS ops controller: DTO fields and @Headers into exec/spawn, vs execFile with argument arrays
import { Body, Controller, Headers, Post, Query } from '@nestjs/common';
import { exec, execFile, spawn } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

class PingDto {
  host!: string;
  count?: number;
}

class ResizeDto {
  file!: string;
  width!: number;
}

@Controller('ops')
export class OpsController {
  @Post('ping')
  async ping(@Body() dto: PingDto) {
    // expect: cmdi
    const { stdout } = await execAsync(`ping -c ${dto.count ?? 1} ${dto.host}`);
    return { stdout };
  }

  @Post('ping-safe')
  async pingSafe(@Body() dto: PingDto) {
    // safe: cmdi
    const { stdout } = await execFileAsync('ping', ['-c', '1', '--', dto.host]);
    return { stdout };
  }

  @Post('resize')
  resize(@Body() dto: ResizeDto) {
    // expect: cmdi
    spawn('sh', ['-c', `magick ${dto.file} -resize ${dto.width} out.png`]);
    return { queued: true };
  }

  @Post('trace')
  trace(@Headers('x-trace-target') target: string) {
    // expect: cmdi
    spawn('traceroute', [target], { shell: true });
    return { queued: true };
  }

  @Post('restart')
  restart(@Query('service') service?: string) {
    // expect: cmdi
    exec('systemctl restart ' + service);
    return { ok: true };
  }

  @Post('restart-known')
  restartKnown(@Query('service') service?: string) {
    const units: Record<string, string> = { api: 'api.service', worker: 'worker.service' };
    const unit = units[service ?? ''] ?? 'api.service';
    // safe: cmdi
    execFile('systemctl', ['restart', unit]);
    return { ok: true };
  }
}
