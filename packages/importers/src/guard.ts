import type { ImportItem } from './types';

/** A row that trips an unexpected error becomes that row's error item; the rows after it still import. */
export function guarded(row: number, where: string, convert: () => ImportItem): ImportItem {
  try {
    return convert();
  } catch (e) {
    return { row, externalId: null, errors: [{ path: 'row', message: `${where}: the row could not be converted (${(e as Error).message})` }] };
  }
}
