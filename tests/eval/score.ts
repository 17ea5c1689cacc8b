// `npm run eval -- DIR… [--lang pl|en] [--fail] [--against DIR2]`: scores the extractor on blind-annotated articles
// (DIR/<id>.txt with DIR/<id>.json, format in tests/eval/README.md) and prints one JSON line per
// language: recall and precision of quotations, speakers of the quotations found, temporal
// expressions found with the right value. `--fail` lists every miss per article on stderr.
// `--against DIR2` scores a second person's annotations of the same articles (DIR2/<id>.json)
// instead of the extractor: how far two annotators agree, the ceiling of this kind of gold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../shared/claims/extract';
import { annotationAsExtraction, scoreArticle, totals, type ArticleScore, type GoldArticle } from './scoring';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { lang: { type: 'string' }, fail: { type: 'boolean' }, against: { type: 'string' } },
  allowPositionals: true,
});
if (!positionals.length) {
  process.stderr.write('usage: npm run eval -- DIR… [--lang pl|en] [--fail] [--against DIR2]\n');
  process.exit(2);
}

if (values.against) {
  try {
    if (!statSync(values.against).isDirectory()) throw new Error('not a folder');
  } catch (err) {
    process.stderr.write(`cannot read the second annotation folder ${values.against}: ${(err as Error).message}\n`);
    process.exit(2);
  }
}

const byLang = new Map<string, ArticleScore[]>();
const problems: string[] = [];
for (const dir of positionals) {
  let files: string[];
  try {
    files = readdirSync(dir).filter((x) => x.endsWith('.json')).sort();
  } catch (err) {
    process.stderr.write(`cannot read ${dir}: ${(err as Error).message}\n`);
    process.exitCode = 1;
    continue;
  }
  if (!files.length) problems.push(`${dir}: no annotated articles (<id>.json beside <id>.txt)`);
  for (const f of files) {
    let gold: GoldArticle;
    let text: string;
    try {
      gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle;
      text = readFileSync(join(dir, f.replace(/\.json$/, '.txt')), 'utf8');
    } catch (err) {
      problems.push(`${join(dir, f)}: ${(err as Error).message}`);
      continue;
    }
    if (!Array.isArray(gold.quotes) || !Array.isArray(gold.dates) || (gold.language !== 'pl' && gold.language !== 'en')) {
      problems.push(`${join(dir, f)}: not an annotated article (needs language pl|en, quotes[] and dates[])`);
      continue;
    }
    if (values.lang && gold.language !== values.lang) continue;
    let found;
    if (values.against) {
      const path = join(values.against, f);
      try {
        const other = JSON.parse(readFileSync(path, 'utf8')) as GoldArticle;
        if (!Array.isArray(other?.quotes) || !Array.isArray(other?.dates)) throw new Error('not an annotated article (needs quotes[] and dates[])');
        found = annotationAsExtraction(text, { ...other, language: gold.language });
      } catch (err) {
        problems.push(`${path}: ${(err as Error).message} (article left out)`);
        continue;
      }
    } else found = extractArticle(text, { date: gold.date ?? null });
    const score = scoreArticle(text, gold, found);
    if (!byLang.has(gold.language)) byLang.set(gold.language, []);
    byLang.get(gold.language)!.push(score);
    if (score.unlocated.length) problems.push(`${gold.id}: ${score.unlocated.length} annotated string(s) not in the text (left out)`);
    if (values.fail && score.failures.length) process.stderr.write(`== ${gold.id}\n${score.failures.map((x) => `  ${x}`).join('\n')}\n`);
  }
}
for (const [lang, scores] of [...byLang].sort()) process.stdout.write(`${JSON.stringify({ lang, ...totals(scores) })}\n`);
for (const p of problems) process.stderr.write(`warning: ${p}\n`);
