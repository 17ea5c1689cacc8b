import { describe, expect, it } from 'vitest';
import { speechVerb, polishSpeechVerbForms } from '../../../shared/claims/speech-verbs';
import { sameSurname, guessNominative } from '../../../shared/claims/names-pl';
import { givenNameLemma } from '../../../shared/claims/given-names';

describe('speech verbs', () => {
  it('generates Polish past forms in every gender and number from the infinitive', () => {
    const g = (w: string) => speechVerb(w, 'pl')?.gender;
    expect([g('powiedział'), g('powiedziała'), g('powiedziało'), g('powiedzieli'), g('powiedziały')]).toEqual(['m', 'f', 'n', 'pl', 'pl']);
    expect([g('podkreślił'), g('podkreśliła'), g('poinformowali'), g('zapowiedzieli'), g('ostrzegła'), g('doniósł')]).toEqual(['m', 'f', 'pl', 'pl', 'f', 'm']);
    expect(speechVerb('Wskazał', 'pl')).toMatchObject({ lemma: 'wskazać', tense: 'past', gender: 'm' });
  });

  it('knows present and future forms (`informuje`, `mówią`, `twierdzą`, `powie`, `podkreśli`)', () => {
    expect(speechVerb('informuje', 'pl')).toMatchObject({ tense: 'present', gender: 'any' });
    expect(speechVerb('mówią', 'pl')).toMatchObject({ tense: 'present', gender: 'pl' });
    expect(speechVerb('twierdzą', 'pl')?.lemma).toBe('twierdzić');
    expect(speechVerb('powie', 'pl')).toMatchObject({ tense: 'future', lemma: 'powiedzieć' });
    expect(speechVerb('podkreślą', 'pl')?.tense).toBe('future');
    expect(speechVerb('podaje', 'pl')?.lemma).toBe('podawać');
    expect(polishSpeechVerbForms().size).toBeGreaterThan(800);
  });

  it('has English verbs, with noun-like forms marked weak', () => {
    expect(speechVerb('said', 'en')?.tense).toBe('past');
    expect(speechVerb('tweeted', 'en')).not.toBeNull();
    expect(speechVerb('claims', 'en')?.weak).toBe(true);
    expect(speechVerb('powiedział', 'en')).toBeNull();
    expect(speechVerb('samochód', 'pl')).toBeNull();
  });
});

describe('Polish names', () => {
  it('matches inflected surnames to their nominative', () => {
    for (const [a, b] of [['Stoltenberga', 'Stoltenberg'], ['Stoltenbergowi', 'Stoltenberg'], ['Stoltenbergiem', 'Stoltenberg'], ['Kaczmarka', 'Kaczmarek'], ['Fotydze', 'Fotyga'], ['Kaczyńskiego', 'Kaczyński'], ['Piterą', 'Pitera']]) {
      expect(sameSurname(a, b)).toBe(true);
    }
    expect(sameSurname('Kaczyńska', 'Kaczyński')).toBe(false);
  });

  it('guesses the nominative of a declined surname by gender', () => {
    expect(guessNominative('Kaczmarka', 'm')).toBe('Kaczmarek');
    expect(guessNominative('Kornatowskiemu', 'm')).toBe('Kornatowski');
    expect(guessNominative('Pitery', 'f')).toBe('Pitera');
    expect(guessNominative('Krawczyk', 'f')).toBe('Krawczyk');
  });

  it('lemmatises declined given names with their gender', () => {
    expect(givenNameLemma('Janusza')).toEqual({ lemma: 'Janusz', gender: 'm' });
    expect(givenNameLemma('Anety')).toEqual({ lemma: 'Aneta', gender: 'f' });
    expect(givenNameLemma('Marka')?.lemma).toBe('Marek');
    expect(givenNameLemma('Pawła')?.lemma).toBe('Paweł');
    expect(givenNameLemma('Olha')?.gender).toBe('f');
    expect(givenNameLemma('Stół')).toBeNull();
  });
});
