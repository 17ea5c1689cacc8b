import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend';
import { EXTRACTOR } from '../../electron/backend/extractor';
import { tempDir } from '../helpers/temp-workspace';

let ws: { dir: string; cleanup: () => void };
let b: Backend;
beforeEach(async () => {
  ws = tempDir();
  writeFileSync(join(ws.dir, 'a.txt'), 'Szczyt w Wilnie\n\nMinistrowie spraw zagranicznych odbyli w piątek nadzwyczajne spotkanie w Wilnie.\n');
  b = await Backend.open({ folder: ws.dir, extractor: EXTRACTOR, watch: false, owner: 'test' });
});
afterEach(async () => {
  await b.dispose();
  ws.cleanup();
});

describe('the article date set by the user', () => {
  it('anchors relative dates, survives a restart, and can be cleared', async () => {
    const [src] = await b.listSources();
    const eventValue = async () => (await b.listClaims({ sourceId: src.id })).find((r) => r.claim.kind === 'event')?.claim.date?.value;
    expect(await eventValue()).toBe('XXXX-WXX-5');
    const updated = await b.setArticleDate({ sourceId: src.id, date: '2022-01-10' });
    expect(updated).toMatchObject({ date: '2022-01-10', dateSetByUser: true });
    // Monday 10 January 2022: the meeting "in Friday" (past tense) was on 7 January.
    expect(await eventValue()).toBe('2022-01-07');
    await b.dispose();
    b = await Backend.open({ folder: ws.dir, extractor: EXTRACTOR, watch: false, owner: 'test' });
    expect(await eventValue()).toBe('2022-01-07');
    await b.setArticleDate({ sourceId: src.id, date: null });
    expect(await eventValue()).toBe('XXXX-WXX-5');
    await expect(b.setArticleDate({ sourceId: src.id, date: '2022-13-01' })).rejects.toMatchObject({ code: 'invalid-date' });
  });
});
