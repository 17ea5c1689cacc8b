import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-first round of real-news attribution rules (2026-11-24, twentieth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const plLead = 'Ministrowie spraw zagranicznych Unii Europejskiej spotkali się w poniedziałek w Brukseli.\n\n';
const enLead = 'The council met on Tuesday evening to discuss the new budget.\n\n';

describe('a statement nested inside reported words', () => {
  it('keeps the reported clause when a partial quotation inside it has a verb of naming (`określił mianem „…”`)', () => {
    const text = `Sankcje\n\n${plLead}„Rosja eskaluje swoje ataki” – powiedział Radosław Sikorski. Dodał, że Ukraina potrzebuje wsparcia UE także w zakresie energii, zwłaszcza w obliczu rosyjskich ataków, które określił mianem „zbrodni wojennej”.`;
    const qs = quotes(text, 'pl');
    const q = starting(qs, 'Ukraina potrzebuje');
    expect(q?.speaker).toBe('Radosław Sikorski');
    expect(q?.quote).toContain('zbrodni wojennej');
    expect(qs.some((x) => x.quote === 'zbrodni wojennej')).toBe(false);
  });

  it('keeps an English `added that` clause whose relative clause `which he called “…”` quotes a phrase', () => {
    const text = `Budget\n\n${enLead}Mayor John Harper opened the session. He added that the cuts would hit the libraries first, a move which he called “a necessary evil”.`;
    const qs = quotes(text, 'en');
    const q = starting(qs, 'the cuts would hit');
    expect(q?.speaker).toBe('John Harper');
    expect(q?.quote).toContain('necessary evil');
  });

  it('guard: a source phrase (`Jak ustaliła Wirtualna Polska, prokuratura uznała, że …`) still gives the inner statement its own speaker', () => {
    const text = `Śledztwo\n\n${plLead}Jak ustaliła Wirtualna Polska, prokuratura uznała jednak, że w tej sprawie nie doszło do przestępstwa.`;
    const q = quotes(text, 'pl').find((x) => x.quote.includes('nie doszło do przestępstwa'));
    expect(q?.speaker).toMatch(/prokuratura/i);
  });

  it('guard: a whole quotation right after `said that` stays the direct quotation', () => {
    const text = `Budget\n\n${enLead}Mayor John Harper said that “the libraries will stay open whatever happens”.`;
    const q = starting(quotes(text, 'en'), 'the libraries will stay open');
    expect(q?.direct).toBe(true);
    expect(q?.speaker).toBe('John Harper');
  });
});

describe('English plural titles, inverted group tails and `pointed out`', () => {
  it('reads the plural of any title as a group that speaks (`The mayors of Toronto say that …`)', () => {
    const text = `Housing\n\n${enLead}The mayors of Toronto and Vancouver say that house prices would rise sharply next year.`;
    expect(starting(quotes(text, 'en'), 'house prices would rise')?.speaker).toMatch(/mayors/);
  });

  it('takes `The authors of a paper … say that …` as the authors\' statement', () => {
    const text = `Ice sheets\n\n${enLead}The authors of a paper published in Science say that as much as 36 cubic miles of ice are being lost every year.`;
    expect(starting(quotes(text, 'en'), 'as much as 36 cubic miles')?.speaker).toMatch(/authors/);
  });

  it('attributes a statement to a bare group after an inverted `say` (`…, say researchers.`)', () => {
    const text = `Exoplanets\n\n${enLead}The planet can provide new insights into how planets form around a star, say researchers.`;
    expect(starting(quotes(text, 'en'), 'The planet can provide')?.speaker).toBe('researchers');
  });

  it('keeps one plain adjective of an inverted group (`…, warn local officials.`, `…, say independent experts.`)', () => {
    const text = `Roads\n\n${enLead}The bridge will have to close for at least two more months, warn local officials.\n\nRepairs could cost far more than the council has budgeted, say independent experts.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'The bridge will have')?.speaker).toBe('local officials');
    expect(starting(qs, 'Repairs could cost')?.speaker).toBe('independent experts');
  });

  it('names a group before `said` with its plain adjective (`In a report, external officials said …`)', () => {
    const text = `Inspection\n\n${enLead}In a report, external officials said staff at the home did not always have time to help residents.`;
    expect(starting(quotes(text, 'en'), 'staff at the home')?.speaker).toBe('external officials');
  });

  it('reads `…, the mayors pointed out.` as a tail attribution', () => {
    const text = `Housing\n\n${enLead}The average price of a new home more than doubled from 2001 to 2010, Mayor John Harper pointed out.`;
    expect(starting(quotes(text, 'en'), 'The average price of a new home')?.speaker).toBe('John Harper');
  });

  it('guard: a hedging `say` between commas reports nothing (`…, say, 10 percent more …`)', () => {
    const text = `Budget\n\n${enLead}The new plan would cost the county, say, 10 percent more than last year's budget for roads.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('guard: pointing out a thing is no statement (`John Harper pointed out the house on the hill.`)', () => {
    const text = `Budget\n\n${enLead}Mayor John Harper pointed out the old house on the hill to the visiting delegation.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });
});

describe('English paradigm gaps found by a grid of subjects, verbs and positions', () => {
  const content = 'The new rules would make housing far more expensive for young families';

  it('passes an adverb or auxiliary between a tail\'s subject and its verb (`…, the mayor also said.`)', () => {
    const text = `Housing\n\n${enLead}Mayor John Harper opened the session.\n\n${content}, the mayor also said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('John Harper');
  });

  it('takes a name with an abbreviated title and an apposition before the tail verb (`…, Dr. Anna Brown, a housing expert at Oxford, said.`)', () => {
    const text = `Housing\n\n${enLead}${content}, Dr. Anna Brown, a housing expert at Oxford, said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('Anna Brown');
  });

  it('…and with `has said` after the apposition', () => {
    const text = `Housing\n\n${enLead}${content}, Anna Brown, a housing expert at Oxford, has said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('Anna Brown');
  });

  it('reads an institution in the possessive as the owner of a title (`The European Space Agency’s director general believes …`)', () => {
    const text = `Space\n\n${enLead}The European Space Agency’s director general believes the new launcher will fly before the end of next year.`;
    const q = starting(quotes(text, 'en'), 'the new launcher will fly');
    expect(q).toBeDefined();
    expect(q?.speaker).toMatch(/director general/);
  });

  it('resolves that possessive title to the person named with it before (`ESA Director General Josef Aschbacher … The European Space Agency’s director general says …`)', () => {
    const text = `Space\n\n${enLead}ESA Director General Josef Aschbacher met ministers in Brussels.\n\nThe European Space Agency’s director general says it’s crucial to rebuild Europe’s access to space quickly.`;
    expect(starting(quotes(text, 'en'), 'it’s crucial to rebuild')?.speaker).toBe('Josef Aschbacher');
  });

  it('takes a plural base form after a group and its complement (`Critics of the policy say …`) and keeps the complement in the name', () => {
    const text = `Housing\n\n${enLead}Critics of the policy say the new rules would make housing far more expensive.\n\nThe mayors of Canada’s largest cities believe there is a growing housing crisis across the country.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the new rules would make')?.speaker).toBe('Critics of the policy');
    expect(starting(qs, 'there is a growing housing crisis')?.speaker).toBe('mayors of Canada’s largest cities');
  });

  it('guard: a possessive person before a noun stays a person (`Theresa May’s government said …`)', () => {
    const text = `Brexit\n\n${enLead}Theresa May’s government said the deal would be put to a vote in the new year.`;
    const q = starting(quotes(text, 'en'), 'the deal would be put');
    expect(q?.speaker).toMatch(/government/);
  });
});

describe('Polish comma tails in the present tense, with groups and complements', () => {
  const zdanie = 'Nowe przepisy podniosą ceny mieszkań dla młodych rodzin w całym kraju';

  it('takes a present-tense tail after a comma (`…, twierdzi Jan Kowalski.`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}${zdanie}, twierdzi Jan Kowalski.`;
    expect(starting(quotes(text, 'pl'), 'Nowe przepisy')?.speaker).toBe('Jan Kowalski');
  });

  it('takes a group after a comma tail (`…, ostrzegają eksperci.`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}${zdanie}, ostrzegają eksperci.`;
    expect(starting(quotes(text, 'pl'), 'Nowe przepisy')?.speaker).toMatch(/eksperci/i);
  });

  it('takes imperfective and other verbs of judging (`…, przekonywał minister.`, `…, zapewniła Anna Nowak.`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}${zdanie}, zapewniła Anna Nowak.`;
    expect(starting(quotes(text, 'pl'), 'Nowe przepisy')?.speaker).toBe('Anna Nowak');
  });

  it('passes the speaker\'s short complement (`…, powiedział profesor Jan Nowicki z Uniwersytetu Warszawskiego.`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}${zdanie}, powiedział profesor Jan Nowicki z Uniwersytetu Warszawskiego.`;
    expect(starting(quotes(text, 'pl'), 'Nowe przepisy')?.speaker).toBe('Jan Nowicki');
  });

  it('guard: an impersonal `mówi się` after a comma with more clause after it is no tail', () => {
    const text = `Ceny mieszkań\n\n${plLead}Wszyscy czekają na decyzję rady, mówi się w mieście od tygodni i nikt nie wie więcej.`;
    expect(quotes(text, 'pl').some((q) => q.rule === 'quote.reported.tail')).toBe(false);
  });
});

describe('Polish `według`/`zdaniem` with a title and no comma, and a ministry by its portfolio', () => {
  const zdanie = 'nowe przepisy podniosą ceny mieszkań dla młodych rodzin w całym kraju';
  const intro = 'Minister zdrowia Adam Niedzielski spotkał się w poniedziałek z lekarzami.\n\n';

  it('ends a title in the genitive before a nominative `-e` word (`Zdaniem ministra nowe przepisy …`)', () => {
    const text = `Ceny mieszkań\n\n${intro}Zdaniem ministra ${zdanie}.`;
    const q = starting(quotes(text, 'pl'), 'nowe przepisy');
    expect(q?.speaker).toBe('Adam Niedzielski');
  });

  it('…and after a title with a capitalised complement (`Według prezesa PiS nowe przepisy …`)', () => {
    const text = `Ceny mieszkań\n\nPrezes PiS Jarosław Kaczyński przemawiał w sobotę w Krakowie.\n\nWedług prezesa PiS ${zdanie}.`;
    expect(starting(quotes(text, 'pl'), 'nowe przepisy')?.speaker).toBe('Jarosław Kaczyński');
  });

  it('ends an institution in the genitive the same way (`Według resortu nowe przepisy …`)', () => {
    const text = `Ceny mieszkań\n\nMinisterstwo Zdrowia opublikowało w piątek nowe dane.\n\nWedług resortu ${zdanie}.`;
    expect(starting(quotes(text, 'pl'), 'nowe przepisy')?.speaker).toBe('Ministerstwo Zdrowia');
  });

  it('links `resort zdrowia` to the `Ministerstwo Zdrowia` named before', () => {
    const text = `Ceny mieszkań\n\nMinisterstwo Zdrowia opublikowało w piątek nowe dane.\n\nMinisterstwo Finansów milczy.\n\nResort zdrowia zaznacza, że ${zdanie}.`;
    expect(starting(quotes(text, 'pl'), 'nowe przepisy')?.speaker).toBe('Ministerstwo Zdrowia');
  });

  it('guard: a plural institution keeps its nominative adjective (`Szkoły wyższe twierdzą, że …`)', () => {
    const text = `Czesne\n\n${plLead}Szkoły wyższe twierdzą, że waloryzacja czesnego to nie podwyżka dla studentów.`;
    expect(starting(quotes(text, 'pl'), 'waloryzacja czesnego')?.speaker).toMatch(/^szkoły wyższe$/i);
  });

  it('guard: a nominative institution with an `-e` adjective still speaks (`Biuro prasowe policji poinformowało, że …`)', () => {
    const text = `Wypadek\n\n${plLead}Biuro prasowe policji poinformowało, że kierowca był trzeźwy w chwili wypadku.`;
    expect(starting(quotes(text, 'pl'), 'kierowca był trzeźwy')?.speaker).toMatch(/policj/i);
  });
});

describe('companies named with their legal form', () => {
  const c = 'the new rules would make housing far more expensive for young families';

  it('refers `the company` back to a company named with `Corp.`/`Inc.`', () => {
    const text = `Housing\n\n${enLead}Acme Corp. reported a loss on Thursday.\n\nThe company said ${c}.`;
    expect(starting(quotes(text, 'en'), 'the new rules')?.speaker).toBe('Acme Corp.');
  });

  it('takes the bare name for the company named before with its legal form (`Acme said …` after `Acme Corp.`)', () => {
    const text = `Housing\n\n${enLead}Acme Corp. reported a loss on Thursday.\n\nAcme said ${c}.`;
    expect(starting(quotes(text, 'en'), 'the new rules')?.speaker).toBe('Acme Corp.');
  });

  it('guard: a bare name with no such company before stays itself', () => {
    const text = `Housing\n\n${enLead}Shopify Inc. reported a loss on Thursday.\n\nAcme said ${c}.`;
    expect(starting(quotes(text, 'en'), 'the new rules')?.speaker).toBe('Acme');
  });
});

describe('a described document or group after a quotation', () => {
  it('names a document after a quotation (`“…,” the report said.`)', () => {
    const text = `Housing\n\n${enLead}“The new rules would make housing far more expensive for young families,” the report said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('report');
  });

  it('names a group with its complement after a quotation (`“…,” critics of the policy say.`)', () => {
    const text = `Housing\n\n${enLead}“The new rules would make housing far more expensive for young families,” critics of the policy say.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('critics of the policy');
  });

  it('guard: a singular epithet after a quotation is the person the context names (`“…,” the industrialist concluded.`)', () => {
    const text = `Investment\n\n${enLead}Tata chairman Natarajan Chandrasekaran spoke in Noida on Friday.\n\n“The group is very committed and sees a tremendous opportunity,” the industrialist concluded.`;
    expect(starting(quotes(text, 'en'), 'The group is very committed')?.speaker).toBe('Natarajan Chandrasekaran');
  });
});

describe('a present-tense dash tail after an interview opener', () => {
  const Q = 'Nowe przepisy podniosą ceny mieszkań dla młodych rodzin w całym kraju';

  it('gives a subject-less present tense the person plainly named just before (`Rozmawialiśmy z Anną Nowak, … ¶ – … – przekonuje.`)', () => {
    const text = `Wiadomości\n\nRozmawialiśmy z Anną Nowak, ekspertką rynku mieszkaniowego.\n\n– ${Q} – przekonuje.`;
    expect(starting(quotes(text, 'pl'), 'Nowe przepisy')?.speaker).toBe('Anna Nowak');
  });

  it('guard: a speaker named before still goes on (`– … – powiedziała Anna Nowak. ¶ – … – przekonuje.`)', () => {
    const text = `Wiadomości\n\n${plLead}– Szpital jest w złym stanie – powiedziała minister Anna Nowak.\n\n– ${Q} – przekonuje.`;
    expect(starting(quotes(text, 'pl'), 'Nowe przepisy')?.speaker).toBe('Anna Nowak');
  });
});

describe('Polish attribution forms from a grid of constructions', () => {
  const c = 'nowe przepisy podniosą ceny mieszkań dla młodych rodzin w całym kraju';

  it('passes an outlet\'s quoted title between the verb and `że` (`przyznał w wywiadzie dla „Gazety Wyborczej”, że …`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}Jan Kowalski przyznał w wywiadzie dla „Gazety Wyborczej”, że ${c}.`;
    expect(starting(quotes(text, 'pl'), 'nowe przepisy')?.speaker).toBe('Jan Kowalski');
  });

  it('reads a fronted content clause (`O tym, że …, mówił w piątek Jan Kowalski.`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}O tym, że ${c}, mówił w piątek Jan Kowalski.`;
    expect(starting(quotes(text, 'pl'), 'nowe przepisy')?.speaker).toBe('Jan Kowalski');
  });

  it('guard: an impersonal `mówiło się` after a fronted clause is nobody\'s statement', () => {
    const text = `Ceny mieszkań\n\n${plLead}O tym, że ${c}, mówiło się od dawna.`;
    expect(quotes(text, 'pl')).toHaveLength(0);
  });

  it('guard: a quotation right after the verb still stops the search for `że` (`powiedział „…”, że`)', () => {
    const text = `Ceny mieszkań\n\n${plLead}Jan Kowalski powiedział: „Nie wiem”. Dodał, że ${c}.`;
    expect(starting(quotes(text, 'pl'), 'nowe przepisy')?.speaker).toBe('Jan Kowalski');
  });
});

describe('a Polish attribution set off by dashes inside the quotation marks', () => {
  it('names the speaker of `„Sytuacja jest trudna – mówi Jan Kowalski – a ceny rosną”`', () => {
    const text = `Wiadomości\n\n${plLead}„Sytuacja na rynku jest bardzo trudna – mówi Jan Kowalski – a nowe przepisy podniosą ceny mieszkań”.`;
    const q = quotes(text, 'pl').find((x) => x.quote.includes('nowe przepisy'));
    expect(q?.speaker).toBe('Jan Kowalski');
    expect(q?.quote).toContain('Sytuacja na rynku');
  });

  it('guard: a dash inside a quotation with no verb of saying after it attributes nothing there (`„Wisła – królowa rzek – wylała”`)', () => {
    const text = `Wiadomości\n\n${plLead}Anna Nowak powiedziała: „Wisła – królowa polskich rzek – znowu wylała w nocy na pola”.`;
    expect(quotes(text, 'pl').find((x) => x.quote.includes('Wisła'))?.speaker).toBe('Anna Nowak');
  });
});

describe('a long subject with an adverb or auxiliary before its verb', () => {
  const C = 'The new rules would make housing far more expensive for young families';

  it('ends a group\'s complement before an adverb (`…, critics of the policy also said.`)', () => {
    const text = `Housing\n\n${enLead}${C}, critics of the policy also said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('critics of the policy');
  });

  it('passes an auxiliary after an apposition following a quotation (`“…,” Dr. Anna Brown, a housing expert at Oxford, has said.`)', () => {
    const text = `Housing\n\n${enLead}“${C},” Dr. Anna Brown, a housing expert at Oxford, has said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('Anna Brown');
  });
});
