import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleExtraction } from '../../shared/claims/types';
import type { Language, TextEncoding } from '../../shared/sources';
import { EXTRACTOR } from '../backend/extractor';
import { readArticleFile } from '../backend/ingest';
import { ARTICLE_FILE } from '../backend/watcher';

export type ExtractedArticle = { path: string; encoding: TextEncoding } & ArticleExtraction;

/** `factdesk extract --json [--date D] [--lang pl|en] PATH…`: one JSON document on stdout. */
export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, date: { type: 'string' }, lang: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.json) throw new Error('only --json output is supported: factdesk extract --json PATH…');
  if (values.lang && values.lang !== 'pl' && values.lang !== 'en') throw new Error(`--lang must be pl or en, got "${values.lang}".`);
  if (values.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.date)) throw new Error(`--date must be YYYY-MM-DD (or YYYY-MM), got "${values.date}".`);
  if (!positionals.length) throw new Error('name at least one file or folder.');
  let failed = 0;
  const articles: ExtractedArticle[] = [];
  for (const arg of positionals) {
    for (const file of await expand(arg).catch((err: Error) => {
      process.stderr.write(`factdesk extract: ${arg}: ${err.message}\n`);
      failed++;
      return [] as string[];
    })) {
      const reading = await readArticleFile(file);
      if (reading.kind !== 'text') {
        process.stderr.write(`factdesk extract: ${file}: ${reading.kind === 'missing' ? 'no such file' : reading.reason}\n`);
        failed++;
        continue;
      }
      const extraction = EXTRACTOR.extract(reading.text, { date: values.date ?? null, lang: values.lang as Language | undefined });
      articles.push({ path: displayPath(file), encoding: reading.encoding, ...extraction });
    }
  }
  process.stdout.write(JSON.stringify({ articles }) + '\n');
  return failed ? 1 : 0;
}

async function expand(path: string): Promise<string[]> {
  const st = await stat(path).catch(() => null);
  if (!st) throw new Error('no such file or folder');
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const e of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) out.push(...(await expand(full)));
    else if (ARTICLE_FILE.test(e.name)) out.push(full);
  }
  return out;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}
