import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaimRow, Profile } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import type { ReportInput } from '../../../shared/report/types';
import { claimRows } from '../../../shared/verification/claim-rows';
import type { Extractor } from '../backend';
import { SCHEMA_VERSION } from './json-doc';
import type { ExtractionDoc, MetaDoc, RecordsDoc, SourceDoc } from './workspace-store';

/**
 * Reads a workspace store without taking the lock or writing anything (reports while the app
 * runs or is closed). Unreadable files are skipped and named in `warnings`, never moved.
 */
export async function readStoreForReport(dataDir: string, extractor: Extractor): Promise<{ input: ReportInput; warnings: string[] }> {
  if (!existsSync(join(dataDir, 'meta.json'))) throw new Error(`${dataDir} holds no Factdesk store (no meta.json). Open the folder in Factdesk first.`);
  const warnings: string[] = [];
  const readJson = async <T>(path: string): Promise<T | null> => {
    try {
      const data = JSON.parse(await readFile(path, 'utf8'));
      if (data?.schemaVersion > SCHEMA_VERSION) throw new Error(`written by a newer Factdesk (schema ${data.schemaVersion})`);
      return data as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`skipped ${path}: ${(err as Error).message}`);
      return null;
    }
  };
  const meta = await readJson<MetaDoc>(join(dataDir, 'meta.json'));
  const profile: Profile | null = meta?.profile ?? null;
  const sources: SourceInfo[] = [];
  const rows: ClaimRow[] = [];
  const files = (await readdir(join(dataDir, 'sources'))).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const doc = await readJson<SourceDoc>(join(dataDir, 'sources', file));
    if (!doc?.source) continue;
    sources.push(doc.source);
    const last = doc.versions.at(-1);
    let claims = last ? (await readJson<ExtractionDoc>(join(dataDir, 'claims', `${last.id}.json`)))?.extraction.claims : [];
    if (!claims && last) {
      const text = await readFile(join(dataDir, 'texts', `${last.hash}.txt`), 'utf8').catch(() => null);
      const opts = doc.source.dateSetByUser ? { date: doc.source.date, dateOverrides: true } : {};
      claims = text === null ? [] : extractor.extract(text, opts).claims;
    }
    const records = (await readJson<RecordsDoc>(join(dataDir, 'records', `${doc.source.id}.json`)))?.records ?? {};
    rows.push(...claimRows(doc.source.id, claims ?? [], records));
  }
  sources.sort((a, b) => a.path.localeCompare(b.path));
  return { input: { generatedAt: new Date().toISOString(), profile, sources, rows }, warnings };
}
