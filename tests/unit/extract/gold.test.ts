import { describe, expect, it } from 'vitest';
import { scoreGold, summary } from './gold-score';

/*
 * Quality on a hand-annotated set of 24 English (wire-service style) and 23 Polish (PAP/TVN24/Onet
 * style) articles written for this evaluation: tests/unit/extract/gold/*.txt with gold.json.
 * Quotes match by span overlap with the annotated snippet; a speaker is right when its name equals
 * one of the annotated alternatives; a temporal expression is right when an overlapping mention has
 * the annotated TIMEX value. Titles are metadata (issue 3), so headline quotes are not annotated.
 *
 * Figures on all 29 articles (quote recall / precision / speaker / temporal):
 *   before the rule work (commit 6ba048e): en 0.841 / 0.885 / 0.810 / 0.904, pl 0.900 / 0.973 / 0.806 / 0.873
 *   after:                                en 0.986 / 1.000 / 0.993 / 0.952, pl 0.950 / 0.987 / 0.987 / 1.000
 * The rules were revised while looking at the failures of en-01…15 and pl-01…10, so those figures
 * overstate quality on unseen news. en-16, en-17, pl-11, pl-12 were written afterwards and scored
 * once before any further change: en 0.938 / 1.000 / 0.867 / 0.909, pl 0.800 / 1.000 / 0.875 / 0.833
 * (26 quotes, 17 dates: a small sample).
 *
 * Third batch, UNSEEN when first scored: pl-20…pl-25 (PAP wire, regional, sport, economy, court,
 * flood; 39 quotes, 31 dates) and en-20…en-22 (Reuters style with dated datelines and multi-paragraph
 * quotes; 19 quotes, 14 dates), written and annotated before the extractor was run on them.
 *   first score (unseen):   en 0.895 / 1.000 / 0.765 / 0.857, pl 0.897 / 1.000 / 0.686 / 0.903
 *   after general rules:    en 0.895 / 1.000 / 0.882 / 0.929, pl 1.000 / 1.000 / 0.897 / 0.968
 * (the "after" figures were tuned while looking at this batch's failures, so they overstate quality).
 * Second batch after the same rules: en 0.938 / 1.000 / 1.000 / 0.909, pl 0.800 / 1.000 / 1.000 / 1.000.
 * All 38 articles then: en 0.981 / 1.000 / 0.981 / 0.948, pl 0.983 / 0.992 / 0.966 / 0.989.
 *
 * Fourth batch, UNSEEN when first scored: pl-30…pl-34 (health ministry vs patients' ombudswoman,
 * fuel company, football with nationality nouns, prosecution, city roadworks; 40 quotes, 18 dates)
 * and en-30…en-33 (French politics, Boeing, tennis final, police/fire; 34 quotes, 13 dates), written
 * to stress speaker resolution (role-only and epithet re-mentions, nationality nouns, `the company`/
 * `spółka`, long `Według …` institutions) and annotated before the extractor was run on them.
 *   first score (unseen):   en 0.941 / 0.970 / 0.781 / 0.923, pl 0.900 / 1.000 / 0.778 / 0.889
 *   after general rules:    en 0.941 / 0.970 / 0.875 / 1.000, pl 1.000 / 1.000 / 0.950 / 0.889
 * (again tuned while looking at this batch's failures, so the "after" figures overstate quality;
 * the honest unseen speaker figure is the first one). Third batch after these rules: en 0.895 /
 * 1.000 / 0.941 / 0.929, pl 1.000 / 1.000 / 1.000 / 0.968.
 * All 47 articles then: en 0.974 / 0.995 / 0.973 / 0.955, pl 1.000 / 0.994 / 0.987 / 0.973.
 *
 * Session of 2026-11-23: the rules were then worked on REAL news (third-party texts, not in the
 * repository; see README "Quality"), which moved these figures to en 0.979 / 0.984 / 0.973 / 0.991,
 * pl 1.000 / 0.988 / 0.987 / 0.991 (pl-07 gained one annotation the first pass had missed:
 * `tydzień wcześniej`). The thresholds below guard against regressions.
 */
describe('gold set', () => {
  for (const lang of ['en', 'pl'] as const) {
    it(`${lang}: quotes, speakers and temporal expressions`, () => {
      const s = scoreGold(lang);
      const r = summary(s);
      const report = `${lang} ${JSON.stringify(r)}\n${s.failures.join('\n')}`;
      expect(r.recall, report).toBeGreaterThanOrEqual(0.93);
      expect(r.precision, report).toBeGreaterThanOrEqual(0.95);
      expect(r.speaker, report).toBeGreaterThanOrEqual(0.95);
      expect(r.temporal, report).toBeGreaterThanOrEqual(lang === 'en' ? 0.93 : 0.95);
      expect(r.datePrecision, report).toBeGreaterThanOrEqual(0.95);
    });
  }
});
