import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderReport } from '../../shared/report/render';
import type { ReportFilter, ReportFormat } from '../../shared/report/types';
import { STATUSES, type Status } from '../../shared/verification/types';
import type { ClaimKind } from '../../shared/claims/types';
import { EXTRACTOR } from '../backend/extractor';
import { readStoreForReport } from '../backend/store/read-only';

const FORMATS: ReportFormat[] = ['md', 'html', 'csv', 'json', 'claimreview'];

/** `factdesk report`: renders a report from a workspace's store (read only: no lock needed). */
export async function runReport(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      folder: { type: 'string' },
      data: { type: 'string' },
      format: { type: 'string' },
      status: { type: 'string' },
      kind: { type: 'string' },
      reviewer: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.folder && !values.data) throw new Error('--folder DIR is required (the workspace folder).');
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}.`);
  const lang = values.lang ?? 'en';
  if (lang !== 'pl' && lang !== 'en') throw new Error('--lang must be pl or en.');
  const statuses = values.status?.split(',').map((s) => s.trim()) ?? [];
  const bad = statuses.filter((s) => !(STATUSES as readonly string[]).includes(s));
  if (bad.length) throw new Error(`unknown status ${bad.join(', ')}; use ${STATUSES.join(', ')}.`);
  const filter: ReportFilter = {
    ...(statuses.length ? { statuses: statuses as Status[] } : {}),
    ...(values.kind ? { kinds: values.kind.split(',') as ClaimKind[] } : {}),
    ...(values.reviewer ? { reviewer: values.reviewer } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
  const dataDir = resolve(values.data ?? join(values.folder!, '.factdesk'));
  const { input, warnings } = await readStoreForReport(dataDir, EXTRACTOR);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const file = renderReport(input, format, filter, lang);
  if (values.out) {
    await writeFile(values.out, file.content, 'utf8');
    process.stderr.write(`wrote ${values.out}\n`);
  } else process.stdout.write(file.content);
  return 0;
}
