/** Libraries and providers known to the store, for the dashboard's pickers. */
import { asc, eq } from 'drizzle-orm';
import { libraries, providers } from '@askqa/db';
import type { ServiceContext } from './context';

export function listLibraries(ctx: ServiceContext, only?: string) {
  const q = ctx.db.select({ code: libraries.code, name: libraries.name }).from(libraries);
  return (only ? q.where(eq(libraries.code, only)) : q).orderBy(asc(libraries.code)).all();
}

export function listProviders(ctx: ServiceContext, library?: string) {
  const q = ctx.db.select({ id: providers.id, name: providers.name, library: providers.library }).from(providers);
  return (library ? q.where(eq(providers.library, library)) : q).orderBy(asc(providers.id)).all();
}
