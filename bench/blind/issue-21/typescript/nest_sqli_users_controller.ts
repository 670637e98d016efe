// class: sqli — NestJS users controller: @Query (incl. optional), @Param, DTO fields into TypeORM/pg queries
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { IsString, Length } from 'class-validator';
import { User } from './user.entity';

export class SearchUsersDto {
  @IsString()
  @Length(1, 64)
  name!: string;

  @IsString()
  team!: string;
}

@Controller('users')
export class UsersController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  async list(@Query('q') q?: string) {
    // expect: sqli
    return this.dataSource.query(`SELECT id, name FROM users WHERE name LIKE '%${q ?? ''}%'`);
  }

  @Get('safe')
  async listSafe(@Query('q') q?: string) {
    const pattern = `%${q ?? ''}%`;
    // safe: sqli
    return this.dataSource.query('SELECT id, name FROM users WHERE name LIKE $1', [pattern]);
  }

  @Get(':id/audit')
  async audit(@Param('id') id: string) {
    // expect: sqli
    return this.users.query('SELECT * FROM audit_log WHERE user_id = ' + id);
  }

  @Post('search')
  async search(@Body() dto: SearchUsersDto) {
    return this.users
      .createQueryBuilder('user')
      // expect: sqli
      .where(`user.team = '${dto.team}'`)
      .getMany();
  }

  @Post('search-safe')
  async searchSafe(@Body() dto: SearchUsersDto) {
    return this.users
      .createQueryBuilder('user')
      // safe: sqli
      .where('user.name = :name', { name: dto.name })
      .getMany();
  }

  @Get('by-email')
  async byEmail(@Query('email') email: string) {
    // safe: sqli
    return this.users.findOne({ where: { email } });
  }
}
