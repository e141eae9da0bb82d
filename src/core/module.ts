import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Config } from '../config';
import type { AppContext } from './context';
import type { Executor } from './db';
import type { EventHandlers } from './events';
import type { ApiApp } from './http/api';
import type { AppEnv } from './http/env';
import type { Catalogue } from './i18n';
import type { NotificationKind } from './notifications';

/** A background job: its payload is checked against `payload` before `run` sees it. */
export interface JobDefinition<P = unknown> {
  kind: string;
  payload: z.ZodType<P>;
  run(ctx: AppContext, tx: Executor, payload: P): Promise<void>;
}

/** A task that runs every `everyMs` in every instance (so it must be safe to run at once). */
export interface Schedule {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<unknown>;
  /** only on this kind of database (PGlite has no autovacuum, for instance) */
  onlyOn?: 'pglite' | 'postgres';
}

/** What a module holds about a person: its part of the AVG export and what goes when the account goes. */
export interface PersonalData {
  /** the module's section of the export (JSON), under the module's name */
  export(db: Executor, accountId: string): Promise<unknown>;
  /** runs in the deletion's transaction: remove or anonymise what this module holds */
  forget(tx: Executor, accountId: string): Promise<void>;
}

/**
 * The one shape of a Samen module. Its index.ts exports one of these; app.ts and boot.ts loop over
 * the list in src/modules.ts, so adding a module is one folder and one line.
 */
export interface SamenModule {
  name: string;
  /** texts in Dutch and English; registered before any route runs */
  messages?: Catalogue;
  /** registers who may do what (core/authz definePolicies) */
  policies?: () => void;
  /** JSON API routes under /api/v1 */
  api?: (api: ApiApp, config: Config) => void;
  /** pages */
  pages?: (app: Hono<AppEnv>, config: Config) => void;
  // each job has its own payload type
  jobs?: readonly JobDefinition<any>[];
  schedules?: readonly Schedule[];
  personalData?: PersonalData;
  /** the events this module publishes (core/events.ts), for other modules to subscribe to */
  publishes?: readonly string[];
  /** what this module does when another publishes an event, in the publisher's transaction */
  subscribes?: EventHandlers;
  /** the kinds of notification this module writes (core/notifications.ts) */
  notifications?: readonly NotificationKind[];
}

export const defineModule = <M extends SamenModule>(module: M): M => module;
