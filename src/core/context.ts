import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database, Db } from './db';

/** The time, from one place, so tests can set it (digests, expiry, tokens). */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/**
 * What a command, a job or a script needs to do its work: configuration, the database, a logger and
 * the clock. It knows no HTTP; the pages and the API pass it along with the actor.
 */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
  clock: Clock;
}
