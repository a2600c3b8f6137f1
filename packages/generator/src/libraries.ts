/** Maryland library systems and universities taking part in the demo service. */

export type LibraryKind = 'county' | 'university';

export interface Library {
  code: string;
  name: string;
  kind: LibraryKind;
}

/** Everything the conversation templates need to know about a library. */
export interface LibraryInfo extends Library {
  /** how staff refer to it in a sentence ("BCPL", "the Pratt", "Cook Library") */
  short: string;
  /** the library's web address, used as a source ("bcpl.info > My Account") */
  domain: string;
  /** county or campus the library serves */
  area: string;
  branches: readonly string[];
  /** relative share of the statewide chat traffic */
  weight: number;
}

export const LIBRARY_INFO: readonly LibraryInfo[] = [
  { code: 'BCPL', name: 'Baltimore County Public Library', kind: 'county', short: 'BCPL', domain: 'bcpl.info', area: 'Baltimore County', branches: ['Towson', 'Catonsville', 'Cockeysville', 'Essex', 'Pikesville', 'Randallstown', 'White Marsh'], weight: 1.4 },
  { code: 'EPFL', name: 'Enoch Pratt Free Library', kind: 'county', short: 'the Pratt', domain: 'prattlibrary.org', area: 'Baltimore City', branches: ['Central', 'Roland Park', 'Waverly', 'Canton', 'Southeast Anchor', 'Orleans Street'], weight: 1.2 },
  { code: 'AACPL', name: 'Anne Arundel County Public Library', kind: 'county', short: 'AACPL', domain: 'aacpl.net', area: 'Anne Arundel County', branches: ['Annapolis', 'Glen Burnie', 'Severna Park', 'Odenton', 'Crofton', 'Brooklyn Park'], weight: 1.0 },
  { code: 'HCPL', name: 'Harford County Public Library', kind: 'county', short: 'HCPL', domain: 'hcplonline.org', area: 'Harford County', branches: ['Bel Air', 'Aberdeen', 'Havre de Grace', 'Abingdon', 'Edgewood', 'Fallston'], weight: 0.6 },
  { code: 'HCLS', name: 'Howard County Library System', kind: 'county', short: 'HCLS', domain: 'hclibrary.org', area: 'Howard County', branches: ['Central', 'Elkridge', 'Savage', 'Miller', 'East Columbia', 'Glenwood'], weight: 0.8 },
  { code: 'MCPL', name: 'Montgomery County Public Libraries', kind: 'county', short: 'MCPL', domain: 'montgomerycountymd.gov/library', area: 'Montgomery County', branches: ['Silver Spring', 'Rockville Memorial', 'Bethesda', 'Germantown', 'Wheaton', 'Gaithersburg'], weight: 1.4 },
  { code: 'PGCMLS', name: "Prince George's County Memorial Library System", kind: 'county', short: 'PGCMLS', domain: 'pgcmls.info', area: "Prince George's County", branches: ['Hyattsville', 'Largo-Kettering', 'Bowie', 'Greenbelt', 'Laurel', 'Oxon Hill'], weight: 1.2 },
  { code: 'FCPL', name: 'Frederick County Public Libraries', kind: 'county', short: 'FCPL', domain: 'fcpl.org', area: 'Frederick County', branches: ['C. Burr Artz', 'Urbana', 'Brunswick', 'Middletown', 'Thurmont', 'Walkersville'], weight: 0.6 },
  { code: 'CCPL', name: 'Carroll County Public Library', kind: 'county', short: 'CCPL', domain: 'library.carr.org', area: 'Carroll County', branches: ['Westminster', 'Eldersburg', 'Taneytown', 'Mount Airy', 'Finksburg', 'North Carroll'], weight: 0.5 },
  { code: 'WCPL', name: 'Washington County Free Library', kind: 'county', short: 'WCFL', domain: 'washcolibrary.org', area: 'Washington County', branches: ['Hagerstown Central', 'Boonsboro', 'Hancock', 'Keedysville', 'Smithsburg', 'Williamsport'], weight: 0.4 },
  { code: 'UMCP', name: 'University of Maryland Libraries', kind: 'university', short: 'UMD Libraries', domain: 'lib.umd.edu', area: 'College Park', branches: ['McKeldin Library', 'Hornbake Library', 'STEM Library', 'Architecture Library'], weight: 0.9 },
  { code: 'UMBC', name: 'UMBC Albin O. Kuhn Library', kind: 'university', short: 'the UMBC Library', domain: 'library.umbc.edu', area: 'UMBC', branches: ['Albin O. Kuhn Library'], weight: 0.5 },
  { code: 'TU', name: 'Towson University Albert S. Cook Library', kind: 'university', short: 'Cook Library', domain: 'library.towson.edu', area: 'Towson University', branches: ['Cook Library'], weight: 0.5 },
  { code: 'SMCL', name: "St. Mary's County Library", kind: 'county', short: 'SMCL', domain: 'stmalib.org', area: "St. Mary's County", branches: ['Leonardtown', 'Lexington Park', 'Charlotte Hall'], weight: 0.3 },
  { code: 'TCFL', name: 'Talbot County Free Library', kind: 'county', short: 'TCFL', domain: 'tcfl.org', area: 'Talbot County', branches: ['Easton', 'St. Michaels'], weight: 0.2 },
  { code: 'QACL', name: "Queen Anne's County Library", kind: 'county', short: 'QACL', domain: 'qaclibrary.org', area: "Queen Anne's County", branches: ['Centreville', 'Kent Island'], weight: 0.2 },
  { code: 'CALV', name: 'Calvert Library', kind: 'county', short: 'Calvert Library', domain: 'calvertlibrary.info', area: 'Calvert County', branches: ['Prince Frederick', 'Twin Beaches', 'Fairview', 'Southern'], weight: 0.3 },
  { code: 'WPL', name: 'Wicomico Public Libraries', kind: 'county', short: 'WPL', domain: 'wicomicolibrary.org', area: 'Wicomico County', branches: ['Downtown Salisbury', 'Centre', 'Pittsville'], weight: 0.3 },
  { code: 'SU', name: 'Salisbury University Libraries', kind: 'university', short: 'the Guerrieri Academic Commons', domain: 'libraries.salisbury.edu', area: 'Salisbury University', branches: ['Guerrieri Academic Commons'], weight: 0.3 },
  { code: 'MSU', name: 'Morgan State University Earl S. Richardson Library', kind: 'university', short: 'the Richardson Library', domain: 'library.morgan.edu', area: 'Morgan State University', branches: ['Earl S. Richardson Library'], weight: 0.3 },
];

/** The libraries in the order generateTranscripts uses them: `libraries: n` takes the first n. */
export const LIBRARIES: { code: string; name: string; kind: LibraryKind }[] = LIBRARY_INFO.map((l) => ({
  code: l.code,
  name: l.name,
  kind: l.kind,
}));
