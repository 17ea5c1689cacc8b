import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';
import { splitSentences } from '../../../shared/text/sentences';

// Regression tests for the sixth round of real-news attribution rules (2026-11-23, fifth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

type Q = ReturnType<typeof quotes>[number];
const starting = (qs: Q[], prefix: string): Q | undefined => qs.find((x) => x.quote.startsWith(prefix));

describe('English tails after the statement', () => {
  it('takes `Mr Hollis said.` with the honorific written without a dot', () => {
    const qs = quotes('The new ward will open to patients before the end of the winter, Mr Hollis said.', 'en');
    expect(starting(qs, 'The new ward')?.speaker).toBe('Hollis');
  });

  it('reads an institution with an `on` complement whole (`Commission on Water Rights`)', () => {
    const qs = quotes('The number of families without clean water has doubled since March, the National Commission on Water Rights said.', 'en');
    expect(starting(qs, 'The number')?.speaker).toBe('National Commission on Water Rights');
  });

  it('does not take a weekday after `on` into the institution', () => {
    const qs = quotes('The council on Tuesday said the bridge would stay closed until the repairs are finished.', 'en');
    expect(qs[0]?.speaker).not.toMatch(/Tuesday/);
  });
});

describe('English subjects of saying', () => {
  it('takes `the group` and plural parties as speakers of a bare clause', () => {
    expect(quotes('The group said its cider sales were up six per cent over the summer.', 'en')[0]?.speaker).toBe('group');
    expect(quotes('The opposition parties said the count had been rigged in three districts.', 'en')[0]?.speaker).toBe('opposition parties');
  });

  it('reads `a group of farmers` as the farmers, not an institution', () => {
    expect(quotes('A group of farmers said the new rules would ruin their harvest this year.', 'en')[0]?.speaker).toBe('farmers');
  });

  it('does not read `shared` in a list (`staff, shared services, …`) as a verb of saying', () => {
    const qs = quotes('We heard from teachers, staff, shared services, parents and others that the plan will fail many of the children.', 'en');
    expect(qs).toEqual([]);
  });
});

describe('English attributions after a quotation', () => {
  it('takes a title, then the name set off by commas, then the verb', () => {
    const qs = quotes('“There will be no talks while the shelling goes on,” the spokesman, Omar Haddad, said in a text message.', 'en');
    expect(starting(qs, 'There will be')?.speaker).toBe('Omar Haddad');
  });

  it('keeps a quotation ending in a question mark with its capitalised speaker', () => {
    const t = '“We cannot fix prices by decree. Who would believe such a promise?” Ortega said, after the meeting ended.';
    expect(splitSentences(t, 'en')).toHaveLength(1);
    expect(starting(quotes(t, 'en'), 'We cannot')?.speaker).toBe('Ortega');
  });

  it('still ends the sentence after a question when a new sentence follows', () => {
    const t = '“Who would believe such a promise?” The minister left the room without an answer.';
    expect(splitSentences(t, 'en')).toHaveLength(2);
  });
});
