import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';

// Own fixtures: an infinitive after `to` must not make a past weekday future.
describe('tense around a weekday', () => {
  it('reads `on Tuesday arrested … forcing people to leave` as past', () => {
    const t = 'Police on Tuesday detained three men after a blaze, forcing dozens of families to leave their flats.';
    expect(extractArticle(t, { date: '2024-08-21' }).dates.map((d) => d.value)).toEqual(['2024-08-20']);
  });

  it('still reads `is to leave on Friday` as a planned event', () => {
    const t = 'The delegation is to leave on Friday.';
    expect(extractArticle(t, { date: '2024-08-21' }).dates.map((d) => d.value)).toEqual(['2024-08-23']);
  });
});
