/** Deterministic PRNG (mulberry32), so every bench run sees the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const PL = {
  people: [
    ['Sekretarz generalny NATO', 'Jan Nowak', 'Nowak', 'powiedział'],
    ['minister spraw zagranicznych', 'Anna Wiśniewska', 'Wiśniewska', 'powiedziała'],
    ['rzecznik rządu', 'Piotr Zieliński', 'Zieliński', 'podkreślił'],
    ['prezydent Litwy', 'Gitanas Kowalczyk', 'Kowalczyk', 'oświadczył'],
    ['wicepremier', 'Olga Szewczenko', 'Szewczenko', 'zaznaczyła'],
  ],
  orgs: ['MSZ', 'Ministerstwo Obrony', 'Komisja Europejska', 'GUS', 'policja'],
  places: ['w Brukseli', 'w Warszawie', 'w Wilnie', 'w Kijowie', 'w Gdańsku'],
  months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  days: ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'wczoraj', 'dzisiaj'],
  filler: [
    'Rozmowy dotyczyły bezpieczeństwa w regionie oraz współpracy gospodarczej między państwami.',
    'Eksperci zwracają uwagę, że sytuacja pozostaje napięta, a decyzje zapadną w najbliższych tygodniach.',
    'Według analityków porozumienie może zmienić układ sił na kontynencie.',
    'Opozycja skrytykowała plan, wskazując na brak konsultacji społecznych.',
    'Wcześniej podobne deklaracje składali przedstawiciele innych państw członkowskich.',
  ],
};

const EN = {
  people: [
    ['NATO Secretary General', 'John Miller', 'Miller', 'said'],
    ['Foreign Minister', 'Sarah Collins', 'Collins', 'told reporters'],
    ['government spokesman', 'David Brown', 'Brown', 'added'],
  ],
  orgs: ['the State Department', 'the ministry', 'the European Commission'],
  places: ['in Brussels', 'in London', 'in Washington'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  days: ['on Monday', 'on Tuesday', 'on Friday', 'yesterday', 'today', 'last week'],
  filler: [
    'The talks focused on regional security and economic cooperation between the countries.',
    'Analysts say the situation remains tense and decisions are expected in the coming weeks.',
    'Critics said the plan lacked public consultation.',
    'Similar statements were made earlier by officials of other member states.',
  ],
};

/** One realistic news-like article (Polish or English) of roughly `targetBytes`. */
export function article(r: () => number, lang: 'pl' | 'en', targetBytes: number): string {
  const L = lang === 'pl' ? PL : EN;
  const [role, name, surname, verb] = pick(r, L.people);
  const title = lang === 'pl' ? `${surname}: rozmowy ${pick(r, L.places)} bez przełomu` : `${surname}: talks ${pick(r, L.places)} end without breakthrough`;
  const paras: string[] = [title];
  const d = 1 + Math.floor(r() * 28);
  paras.push(
    lang === 'pl'
      ? `${role} ${name} ${verb} ${pick(r, L.days)} ${pick(r, L.places)}, że negocjacje potrwają co najmniej ${2 + Math.floor(r() * 9)} tygodni.`
      : `${role} ${name} ${verb} ${pick(r, L.days)} ${pick(r, L.places)} that the negotiations would last at least ${2 + Math.floor(r() * 9)} weeks.`,
  );
  let size = paras.join('\n\n').length;
  while (size < targetBytes) {
    const k = r();
    let p: string;
    if (lang === 'pl') {
      if (k < 0.2) p = `"${pick(r, L.filler)} ${pick(r, L.filler)}" - ${verb} ${surname}.`;
      else if (k < 0.35) p = `- ${pick(r, L.filler)} - ${pick(r, ['dodał', 'wskazał', 'podkreślił'])}.`;
      else if (k < 0.5) p = `${d} ${pick(r, L.months)} odbędzie się spotkanie ministrów ${pick(r, L.places)}. ${pick(r, L.filler)}`;
      else if (k < 0.65) p = `Jak podaje ${pick(r, L.orgs)}, w wyniku powodzi ${Math.floor(r() * 900)} osób zostało rannych, a straty sięgają ${(r() * 20).toFixed(1).replace('.', ',')} mln zł.`;
      else p = `${pick(r, L.filler)} ${pick(r, L.filler)}`;
    } else {
      if (k < 0.2) p = `"${pick(r, L.filler)}" ${surname} ${verb}.`;
      else if (k < 0.4) p = `The ministers will meet ${pick(r, L.places)} on ${pick(r, L.months)} ${d}. ${pick(r, L.filler)}`;
      else if (k < 0.55) p = `According to ${pick(r, L.orgs)}, ${Math.floor(r() * 900)} people were injured and damage reached $${(r() * 20).toFixed(1)} million.`;
      else p = `${pick(r, L.filler)} ${pick(r, L.filler)}`;
    }
    paras.push(p);
    size += p.length + 2;
  }
  return paras.join('\n\n') + '\n';
}
