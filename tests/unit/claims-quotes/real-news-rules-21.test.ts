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
