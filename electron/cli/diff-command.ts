import { parseArgs } from 'node:util';
import { diffClaims } from '../../shared/diff/claim-diff';
import { diffTexts } from '../../shared/diff/text-diff';
import { EXTRACTOR } from '../backend/extractor';
import { readArticleFile } from '../backend/ingest';

/** `factdesk diff --json OLD NEW`: word-level hunks with offsets into both texts, and claim changes. */
export async function runDiff(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      date: { type: 'string' },
      'ignore-whitespace': { type: 'boolean' },
      'ignore-quotes': { type: 'boolean' },
      'ignore-dashes': { type: 'boolean' },
      'ignore-number-format': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (!values.json) throw new Error('only --json output is supported: factdesk diff --json OLD NEW');
  if (positionals.length !== 2) throw new Error('name exactly two files: OLD NEW');
  const texts: string[] = [];
  for (const p of positionals) {
    const r = await readArticleFile(p);
    if (r.kind !== 'text') throw new Error(`${p}: ${r.kind === 'missing' ? 'no such file' : r.reason}`);
    texts.push(r.text);
  }
  const options = {
    ignoreWhitespace: !!values['ignore-whitespace'],
    ignoreQuoteStyle: !!values['ignore-quotes'],
    ignoreDashes: !!values['ignore-dashes'],
    ignoreNumberFormat: !!values['ignore-number-format'],
  };
  const text = diffTexts(texts[0], texts[1], options);
  const opts = { date: values.date ?? null };
  const claims = diffClaims(EXTRACTOR.extract(texts[0], opts).claims, EXTRACTOR.extract(texts[1], opts).claims);
  process.stdout.write(
    JSON.stringify({
      old: positionals[0],
      new: positionals[1],
      options,
      stats: text.stats,
      rewritten: text.rewritten,
      coarse: text.coarse,
      hunks: text.hunks.filter((h) => h.kind !== 'equal'),
      claims: {
        added: claims.added,
        removed: claims.removed,
        changed: claims.changed.map((c) => ({ key: c.after.key, previousKey: c.before.key, kind: c.after.kind, changes: c.changes, before: c.before, after: c.after })),
        unchanged: claims.unchanged.length,
      },
    }) + '\n',
  );
  return 0;
}
