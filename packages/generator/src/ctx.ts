import type { LibraryInfo } from './libraries';

/** What a message template can refer to. */
export interface Ctx {
  /** library of the provider now answering */
  lib: LibraryInfo;
  /** patron's home library */
  plib: LibraryInfo;
  /** first name of the provider now answering */
  me: string;
  /** topic variables (subject, database, form, …) */
  v: Readonly<Record<string, string>>;
  /** a branch of the patron's library */
  branch: string;
  /** deadline phrase for a promised follow-up ("by tomorrow afternoon") */
  when: string;
  email: string;
  phone: string;
  /** first name of the colleague a chat is transferred to */
  colleague: string;
  /** topic label, e.g. "genealogy" */
  label: string;
  /** "morning" | "afternoon" | "evening" */
  pod: string;
}

export type Tpl = string | ((c: Ctx) => string);

export function render(t: Tpl, c: Ctx): string {
  return typeof t === 'string' ? t : t(c);
}
