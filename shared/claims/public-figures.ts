import type { Gender } from './roles';
import { findMentions, tokenize, type RoleDesc } from './mentions';
import { PUBLIC_FIGURES } from './public-figures-data';

/**
 * World knowledge for speaker resolution: the public figures of public-figures-data.ts, looked up
 * by surname. An article that names only `Tusk` or `Mr Sunak` gets the full name, and a person
 * the article names gets their known offices, so `premier`, `the prime minister` or `szef MSZ`
 * can resolve to them. Used only for people the article itself mentions: no one is ever made a
 * speaker from the list alone.
 */
export interface PublicFigure {
  name: string;
  gender: Gender;
  country: string;
  /** The full name and its variants, as written in the list. */
  spellings: string[];
  /** Offices parsed into role descriptions (lazily). */
  roles: RoleDesc[];
  roleTexts: string[];
}

// East Asian names in the list are written family name first (`Xi Jinping`, `Kim Jong Un`).
const FAMILY_FIRST = new Set(['cn', 'kp', 'kr', 'tw', 'vn', 'hk']);

/** Lower-case, diacritics folded (`Zełenski` → `zelenski`), for matching spellings. */
export function foldName(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size > 20000) foldCache.clear();
    f = s.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'");
    foldCache.set(s, f);
  }
  return f;
}
const foldCache = new Map<string, string>();

let index: Map<string, PublicFigure[]> | null = null;

function build(): Map<string, PublicFigure[]> {
  const idx = new Map<string, PublicFigure[]>();
  const add = (key: string, f: PublicFigure) => {
    const list = idx.get(key);
    if (!list) idx.set(key, [f]);
    else if (!list.includes(f)) list.push(f);
  };
  for (const line of PUBLIC_FIGURES.split('\n')) {
    const parts = line.trim().split('|');
    if (parts.length < 4 || !parts[0]) continue;
    const [name, gender, country, roles, variants = ''] = parts;
    const spellings = [name, ...variants.split(';').map((v) => v.trim()).filter(Boolean)];
    const f: PublicFigure = { name, gender: gender as Gender, country, spellings, roles: [], roleTexts: roles.split(';').map((r) => r.trim()).filter(Boolean) };
    for (const sp of spellings) {
      const words = sp.split(/\s+/);
      // Surname keys: the last word and a multi-word surname's tail (`von der Leyen`, `Le Pen`);
      // a single-word variant (`Xi`, `Lula`) is a key of its own.
      add(foldName(words[words.length - 1]), f);
      if (words.length >= 3 && /^\p{Ll}/u.test(words[words.length - 3])) add(foldName(words.slice(-3).join(' ')), f);
      if (words.length >= 2 && /^(le|la|de|van|von|al|el|bin|di|da)$/i.test(words[words.length - 2])) add(foldName(words.slice(-2).join(' ')), f);
      if (FAMILY_FIRST.has(country) && words.length >= 2) add(foldName(words[0]), f);
    }
    idx.set('\u0000all', [...(idx.get('\u0000all') ?? []), f]);
  }
  return idx;
}

/** Parses a figure's office texts into role descriptions once (Polish or English wording). */
function rolesOf(f: PublicFigure): RoleDesc[] {
  if (f.roles.length || !f.roleTexts.length) return f.roles;
  for (const text of f.roleTexts) {
    const lang = /[ąćęłńóśźż]|^(premier|prezydent|minister|szef|prezes|marszałek|przewodnicząc|rzecznik|lider|wicepremier|sekretarz|kanclerz|kandydat|poseł|posłanka|europoseł|burmistrz)/i.test(text) ? 'pl' : 'en';
    const m = findMentions(tokenize(text), lang).find((x) => x.kind === 'role' && x.role);
    if (m?.role) f.roles.push({ ...m.role, text });
  }
  return f.roles;
}

/**
 * The figures a person named by `surname` (any case form already turned nominative) and, when
 * known, `given` can be: those whose surname matches and whose given name agrees.
 */
export function figuresFor(surname: string, given: string | null, gender: Gender | null): PublicFigure[] {
  index ??= build();
  const out: PublicFigure[] = [];
  for (const f of index.get(foldName(surname)) ?? []) {
    if (gender && (gender === 'm' || gender === 'f') && f.gender !== gender) continue;
    if (given) {
      const g = foldName(given);
      // `D.` or `Donald` against `Donald Tusk`; a different given name is someone else.
      const fits = f.spellings.some((sp) => {
        const first = foldName(sp.split(/\s+/)[0]);
        return first === g || (g.length <= 2 && first.startsWith(g.replace('.', '')));
      });
      if (!fits) continue;
    }
    out.push(f);
  }
  return out;
}

/** The only figure a name can be, or null when none or several fit. */
export function uniqueFigure(surname: string, given: string | null, gender: Gender | null): PublicFigure | null {
  const fs = figuresFor(surname, given, gender);
  return fs.length === 1 ? fs[0] : null;
}

/** The figure's offices as role descriptions. */
export function figureRoles(f: PublicFigure): RoleDesc[] {
  return rolesOf(f);
}

/** The spelling of the figure's full name that ends with the surname as the article writes it. */
export function figureDisplayName(f: PublicFigure, surname: string): string {
  const s = foldName(surname);
  return f.spellings.find((sp) => sp.split(/\s+/).length >= 2 && foldName(sp).endsWith(s)) ?? f.name;
}
