import { LIBRARY_INFO, type LibraryInfo } from './libraries';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { resolveOptions, type GenerateOptions, type ResolvedOptions } from './options';
import { Rng } from './rng';

export interface Provider {
  id: string;
  name: string;
  library: string;
}

/** A provider with what the generator needs besides the public fields. */
export interface ProviderInfo extends Provider {
  first: string;
  lib: LibraryInfo;
  libIndex: number;
  /** position inside its library, drives the shift rotation */
  pos: number;
}

const PROVIDER_DOMAIN = 0x70726f76;

export function buildProviders(o: ResolvedOptions): ProviderInfo[] {
  const rng = new Rng(o.seed, PROVIDER_DOMAIN);
  const used = new Set<string>(['unassigned']);
  const usedNames = new Set<string>();
  const out: ProviderInfo[] = [];
  for (let li = 0; li < o.libraries; li++) {
    const lib = LIBRARY_INFO[li] as LibraryInfo;
    for (let pos = 0; pos < o.providersPerLibrary; pos++) {
      let first: string = rng.pick(FIRST_NAMES);
      let last: string = rng.pick(LAST_NAMES);
      for (let tries = 0; usedNames.has(`${first} ${last}`) && tries < 20; tries++) {
        first = rng.pick(FIRST_NAMES);
        last = rng.pick(LAST_NAMES);
      }
      const name = `${first} ${last}`;
      usedNames.add(name);
      const base = (first[0] + last).toLowerCase().replace(/[^a-z]/g, '');
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}${n}`;
      used.add(id);
      out.push({ id, name, library: lib.code, first, lib, libIndex: li, pos });
    }
  }
  return out;
}

/** The providers generateTranscripts uses for these options, in library order. */
export function generateProviders(opts: GenerateOptions = {}): Provider[] {
  return buildProviders(resolveOptions(opts)).map((p) => ({ id: p.id, name: p.name, library: p.library }));
}
