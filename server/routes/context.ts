// What every route needs: the pool, the clock, the session length and the checkpoint key (read once at start).
import type pg from 'pg';

export interface ServerContext {
  pool: pg.Pool;
  now(): Date;
  sessionHours: number;
  checkpointSecret: string;
}
