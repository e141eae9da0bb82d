import type { Executor } from './db';
import type { PersonalData } from './module';

/**
 * What every module holds about a person, registered from the module contracts by app.ts: the AVG
 * export asks each for its section, and deleting an account asks each to forget, in one transaction.
 */
const holders = new Map<string, PersonalData>();

export function registerPersonalData(moduleName: string, data: PersonalData): void {
  holders.set(moduleName, data);
}

export async function exportPersonalData(db: Executor, accountId: string): Promise<Record<string, unknown>> {
  const sections: Record<string, unknown> = {};
  for (const [name, data] of holders) sections[name] = await data.export(db, accountId);
  return sections;
}

export async function forgetPersonalData(tx: Executor, accountId: string): Promise<void> {
  for (const data of holders.values()) await data.forget(tx, accountId);
}
