import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { buildClaimReviews, verdictDate, type ClaimReviewItem } from '../../../shared/report/claimreview';
import { buildReportModel } from '../../../shared/report/model';
import { renderReport } from '../../../shared/report/render';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import { claim, entry, input, PROFILE, record } from './fixtures';

const S = 'https://schema.org/';
const loaded: string[] = [];

// There is no network: serve a minimal schema.org context locally and refuse everything else.
async function documentLoader(url: string) {
  loaded.push(url);
  if (url === 'https://schema.org' || url === 'https://schema.org/') {
    return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': S } } };
  }
  throw new Error(`No network in tests: ${url}`);
}

type Node = Record<string, unknown>;
const values = (node: Node, prop: string) => (node[S + prop] ?? []) as Node[];
const one = (node: Node, prop: string): Node => {
  const v = values(node, prop);
  expect(v, prop).toHaveLength(1);
  return v[0];
};
const literal = (node: Node, prop: string) => one(node, prop)['@value'];
const types = (node: Node) => node['@type'] as string[];

describe('ClaimReview JSON-LD', () => {
  it('expands with a real JSON-LD processor to the required schema.org properties for every item', async () => {
    const file = renderReport(input(), 'claimreview', {}, 'pl');
    expect(file).toMatchObject({ fileName: 'factdesk-claimreview-2024-04-02.jsonld', mime: 'application/ld+json' });
    const doc = JSON.parse(file.content) as ClaimReviewItem[];
    expect(doc.every((d) => d['@context'] === 'https://schema.org')).toBe(true);
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
    expect(loaded.length).toBeGreaterThan(0);
    // True, partly true, misleading (orphaned, still a verdict), two false; unverified and unverifiable are not published.
    expect(expanded).toHaveLength(5);
    for (const item of expanded) {
      expect(types(item)).toEqual([`${S}ClaimReview`]);
      expect(typeof literal(item, 'claimReviewed')).toBe('string');
      expect(literal(item, 'datePublished')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(literal(item, 'url')).toMatch(/^https:\/\/sprawdzam\.example\.org\/fakty#claim-/);
      const rating = one(item, 'reviewRating');
      expect(types(rating)).toEqual([`${S}Rating`]);
      expect(literal(rating, 'bestRating')).toBe(5);
      expect(literal(rating, 'worstRating')).toBe(1);
      expect([1, 2, 3, 4, 5]).toContain(literal(rating, 'ratingValue'));
      expect(typeof literal(rating, 'alternateName')).toBe('string');
      const author = one(item, 'author');
      expect(types(author)).toEqual([`${S}Organization`]);
      expect(literal(author, 'name')).toBe('Fundacja Sprawdzam');
      expect(literal(author, 'url')).toBe('https://sprawdzam.example.org/fakty');
      const reviewed = one(item, 'itemReviewed');
      expect(types(reviewed)).toEqual([`${S}Claim`]);
      const appearance = one(reviewed, 'appearance');
      expect(types(appearance)[0]).toMatch(/^https:\/\/schema\.org\/(NewsArticle|CreativeWork)$/);
      expect(typeof literal(appearance, 'headline')).toBe('string');
    }
    const byText = new Map(expanded.map((i) => [literal(i, 'claimReviewed') as string, i]));
    const stoltenberg = byText.get('„Nie sądzę, abyśmy mogli oczekiwać, że te spotkania rozwiążą wszystkie problemy” – powiedział szef NATO.')!;
    expect(literal(one(stoltenberg, 'reviewRating'), 'alternateName')).toBe('Prawda');
    expect(literal(one(stoltenberg, 'reviewRating'), 'ratingValue')).toBe(5);
    expect(literal(stoltenberg, 'datePublished')).toBe('2024-03-02');
    const claimNode = one(stoltenberg, 'itemReviewed');
    expect(types(one(claimNode, 'author'))).toEqual([`${S}Person`]);
    expect(literal(one(claimNode, 'author'), 'name')).toBe('Jens Stoltenberg');
    expect(literal(claimNode, 'datePublished')).toBe('2022-01-10');
    expect(literal(one(claimNode, 'appearance'), 'headline')).toBe('Stoltenberg: rozmowy z Rosją mogą utorować drogę');
    const treasury = [...byText.entries()].find(([t]) => t.startsWith('The deficit'))![1];
    expect(types(one(one(treasury, 'itemReviewed'), 'author'))).toEqual([`${S}Organization`]);
    expect(literal(one(treasury, 'reviewRating'), 'ratingValue')).toBe(3);
  });

  it('can be pasted into a script element even when article text holds </script>', () => {
    const content = renderReport(input(), 'claimreview', {}, 'en').content;
    expect(content).not.toMatch(/[<>&]/);
    expect(content).toContain('\\u003cscript\\u003e');
    expect(JSON.parse(content)).toEqual(buildClaimReviews(buildReportModel(input(), {}, 'en')));
  });

  it('uses the report language for the verdict text and the documented rating mapping', () => {
    const items = buildClaimReviews(buildReportModel(input(), {}, 'en'));
    const verdicts = items.map((i) => [i.reviewRating.alternateName, i.reviewRating.ratingValue]);
    expect(verdicts).toEqual([
      ['Partly true', 3],
      ['False', 1],
      ['True', 5],
      ['False', 1],
      ['Misleading', 2],
    ]);
    expect(Object.fromEntries(STATUS_INFO.map((s) => [s.status, s.rating]))).toEqual({
      unverified: null,
      'in-progress': null,
      true: 5,
      'partly-true': 3,
      misleading: 2,
      false: 1,
      unverifiable: null,
    });
    expect(items.every((i) => i.inLanguage === 'en')).toBe(true);
  });

  it('leaves out what is unknown instead of inventing it', () => {
    const items = buildClaimReviews(buildReportModel(input({ profile: { name: 'Ola', organization: 'Redakcja' } }), {}, 'pl'));
    expect(items.every((i) => i.url === undefined && i.author.url === undefined && i.author.name === 'Redakcja')).toBe(true);
    const evil = items.find((i) => i.claimReviewed.startsWith('<script>'))!;
    // XXXX-01-12 is not an ISO date; the article has no usable date.
    expect(evil.itemReviewed.datePublished).toBeUndefined();
    expect(evil.itemReviewed.appearance).toEqual({ '@type': 'NewsArticle', headline: input().sources[2].title, name: input().sources[2].title });
    const noSpeaker = items.find((i) => i.claimReviewed === 'Ministrowie spotkali się w piątek.')!;
    expect(noSpeaker.itemReviewed.author).toBeUndefined();
    const noProfile = buildClaimReviews(buildReportModel(input({ profile: null }), {}, 'pl'));
    expect(noProfile[0].author).toEqual({ '@type': 'Organization', name: 'Factdesk' });
  });

  it('keeps URLs unique per source and claim and encodes them', () => {
    const items = buildClaimReviews(buildReportModel(input({ profile: { ...PROFILE, organizationUrl: 'https://x.example/a#old' } }), {}, 'pl'));
    const urls = items.map((i) => i.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('https://x.example/a#claim-s-pl-pl-quote');
  });

  it('dates the verdict by the change that set the current status', () => {
    const c = claim('k');
    const r = record('s-pl', c, {
      status: 'false',
      updatedAt: '2024-03-09T00:00:00.000Z',
      history: [
        entry('1', '2024-03-01T10:00:00.000Z', 'A', 'status', 'unverified', 'false'),
        entry('2', '2024-03-03T10:00:00.000Z', 'A', 'status', 'false', 'true'),
        entry('3', '2024-03-05T10:00:00.000Z', 'A', 'undo', 'true', 'false', '2'),
        entry('4', '2024-03-09T00:00:00.000Z', 'A', 'note', '', 'x'),
      ],
    });
    expect(verdictDate(r, 'false')).toBe('2024-03-05');
    expect(verdictDate({ ...r, history: [] }, 'false')).toBe('2024-03-09');
    expect(verdictDate(null, 'false')).toBeNull();
  });
});
