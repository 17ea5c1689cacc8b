import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';

// Paradigm grids: one invented statement attributed by every combination of subject, verb of saying and
// position that news writes, checked for its speaker. Unlike the real-news regression files, these test
// that a construction works whatever fills it (round 21 found gaps such as `…, say researchers.`,
// `The mayors of Toronto say …`, `…, the mayor also said.` and `Zdaniem ministra nowe przepisy …` this way).

function speakerOf(text: string, lang: 'pl' | 'en', marker: RegExp): string | null | undefined {
  const r = extractArticle(text, { lang });
  const q = r.claims.find((c) => c.kind === 'quote' && c.quote && marker.test(c.quote.text));
  return q ? q.speaker?.name ?? null : undefined;
}

describe('English attribution paradigm', () => {
  const content = 'the new rules would make housing far more expensive for young families';
  const Content = content[0].toUpperCase() + content.slice(1);
  const subjects: Array<[string, string, boolean]> = [
    ['John Harper', 'John Harper', false], ['Mayor John Harper', 'John Harper', false], ['The mayor', 'mayor', false], ['The city’s mayor', 'mayor', false],
    ['The European Space Agency’s director general', 'director general', false], ['Researchers', 'researchers', true], ['Local officials', 'officials', true],
    ['The mayors of Canada’s largest cities', 'mayors', true], ['Critics of the policy', 'critics', true], ['The council', 'council', false],
    ['The company', 'company', false], ['A spokeswoman for the council', 'spokeswoman', false], ['Economists at the central bank', 'economists', true],
    ['Housing minister Anna Brown', 'Anna Brown', false], ['Dr. Anna Brown, a housing expert at Oxford,', 'Anna Brown', false], ['The report', 'report', false], ['A new study', 'study', false],
  ];
  const verbs = ['said', 'told reporters', 'argued', 'warned', 'added', 'explained', 'insisted', 'claimed', 'predicted', 'says', 'said on Monday', 'said in a statement', 'has said', 'also said'];
  const lower = (s: string): string => s.replace(/^(The|A|Researchers|Local|Critics|Economists)\b/, (w) => w.toLowerCase());
  const fails: string[] = [];
  let total = 0;
  for (const [subj, want, plural] of subjects) {
    for (const v0 of verbs) {
      if (/^(The report|A new study)/.test(subj) && /told|also said|has said/.test(v0) === false && /argued|insisted/.test(v0)) continue;
      const v = plural ? v0.replace(/^says$/, 'say').replace(/^has said$/, 'have said') : v0;
      const forms = [`${subj} ${v} that ${content}.`, `${Content}, ${lower(subj)} ${v}.`, `“${Content},” ${lower(subj)} ${v}.`];
      if (!/told|statement/.test(v)) forms.push(`${subj} ${v} ${content}.`);
      for (const s of forms) {
        total++;
        const got = speakerOf(`Housing rules\n\nThe council met on Tuesday evening to discuss the plan.\n\n${s}\n`, 'en', /housing far more expensive/);
        if (!got || !got.toLowerCase().includes(want.toLowerCase())) fails.push(`${got === undefined ? 'MISS' : got} :: ${s}`);
      }
    }
  }

  it(`attributes every combination to its subject`, () => {
    expect(total).toBeGreaterThan(700);
    expect(fails).toEqual([]);
  });
});

describe('Polish attribution paradigm', () => {
  const content = 'nowe przepisy podniosą ceny mieszkań dla młodych rodzin w całym kraju';
  const Content = content[0].toUpperCase() + content.slice(1);
  type G = 'm' | 'f' | 'n' | 'v' | 'nv';
  const subjects: Array<[string, string, G, string]> = [
    ['Jan Kowalski', 'Jan Kowalski', 'm', 'kowalski'], ['Anna Nowak', 'Anna Nowak', 'f', 'nowak'], ['Minister zdrowia Adam Niedzielski', 'minister zdrowia Adam Niedzielski', 'm', 'niedzielski'],
    ['Rzecznik policji', 'rzecznik policji', 'm', 'rzecznik'], ['Rzeczniczka sądu', 'rzeczniczka sądu', 'f', 'rzeczniczka'], ['Ministerstwo Zdrowia', 'Ministerstwo Zdrowia', 'n', 'ministerstwo zdrowia'],
    ['Eksperci', 'eksperci', 'v', 'eksperci'], ['Lekarze z Warszawy', 'lekarze z Warszawy', 'v', 'lekarze'], ['Związkowcy', 'związkowcy', 'v', 'związkowcy'],
    ['Sąd Okręgowy w Krakowie', 'Sąd Okręgowy w Krakowie', 'm', 'sąd okręgowy'], ['Pielęgniarki', 'pielęgniarki', 'nv', 'pielęgniarki'], ['Szef MSZ Radosław Sikorski', 'szef MSZ Radosław Sikorski', 'm', 'sikorski'],
  ];
  const past: Array<[string, string]> = [['powiedział', 'powiedzieli'], ['podkreślił', 'podkreślili'], ['dodał', 'dodali'], ['zaznaczył', 'zaznaczyli'], ['stwierdził', 'stwierdzili'], ['ocenił', 'ocenili'], ['przekonywał', 'przekonywali'], ['wyjaśnił', 'wyjaśnili'], ['poinformował', 'poinformowali'], ['zapewnił', 'zapewnili']];
  const pres: Array<[string, string]> = [['twierdzi', 'twierdzą'], ['uważa', 'uważają'], ['mówi', 'mówią'], ['ostrzega', 'ostrzegają'], ['przekonuje', 'przekonują']];
  const pastForm = ([sg, pl]: [string, string], g: G): string => (g === 'v' ? pl : g === 'nv' ? sg + 'y' : g === 'f' ? sg + 'a' : g === 'n' ? sg + 'o' : sg);
  const fails: string[] = [];
  let total = 0;
  for (const [subj, inverted, g, want] of subjects) {
    const verbs = [...past.map((p) => pastForm(p, g)), ...pres.map(([sg, pl]) => (g === 'v' || g === 'nv' ? pl : sg))];
    for (const v of verbs) {
      const forms = [`${subj} ${v}, że ${content}.`, `„${Content}” – ${v} ${inverted}.`, `– ${Content} – ${v} ${inverted}.`, `${subj} ${v}: „${Content}”.`, `Jak ${v} ${inverted}, ${content}.`, `${Content}, ${v} ${inverted}.`];
      for (const s of forms) {
        total++;
        const got = speakerOf(`Ceny mieszkań\n\nRada miasta zebrała się we wtorek wieczorem, aby omówić plan.\n\n${s}\n`, 'pl', /ceny mieszkań dla/);
        if (!got || !got.toLowerCase().includes(want)) fails.push(`${got === undefined ? 'MISS' : got} :: ${s}`);
      }
    }
  }

  it(`attributes every combination to its subject`, () => {
    expect(total).toBeGreaterThan(1000);
    expect(fails).toEqual([]);
  });
});
