// class: path-traversal, file-upload — NestJS uploads: @UploadedFile originalname, FileInterceptor limits, ParseFilePipe
import {
  Controller,
  FileTypeValidator,
  Get,
  MaxFileSizeValidator,
  Param,
  ParseFilePipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { promises as fs } from 'fs';
import { join, basename } from 'path';
import { randomUUID } from 'crypto';

const STORE = '/var/app/uploads';

@Controller('files')
export class FilesController {
  @Post('raw')
  // expect: file-upload
  @UseInterceptors(FileInterceptor('file'))
  async uploadRaw(@UploadedFile() file: Express.Multer.File) {
    // expect: path-traversal
    await fs.writeFile(join(STORE, file.originalname), file.buffer);
    return { stored: file.originalname };
  }

  @Post('checked')
  // safe: file-upload
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024 } }))
  async uploadChecked(
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 5 * 1024 * 1024 }), new FileTypeValidator({ fileType: /^image\/(png|jpeg)$/ })],
      }),
    )
    file: Express.Multer.File,
  ) {
    const name = randomUUID() + (file.mimetype === 'image/png' ? '.png' : '.jpg');
    // safe: path-traversal
    await fs.writeFile(join(STORE, name), file.buffer);
    return { stored: name };
  }

  @Get(':name')
  async read(@Param('name') name: string) {
    // expect: path-traversal
    return fs.readFile(join(STORE, name), 'utf8');
  }

  @Get('base/:name')
  async readBase(@Param('name') name: string) {
    // safe: path-traversal
    return fs.readFile(join(STORE, basename(name)), 'utf8');
  }
}
