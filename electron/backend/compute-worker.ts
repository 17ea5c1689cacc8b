// Worker thread: claim extraction and text diffs, so large work never blocks the process that
// serves the windows, and a cold start can use every core.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../../shared/claims/extract';
import { diffTexts } from '../../shared/diff/text-diff';
import type { ComputeRequest } from './compute-pool';

parentPort?.on('message', (msg: ComputeRequest) => {
  try {
    const value = msg.kind === 'diff' ? diffTexts(msg.oldText, msg.newText, msg.options) : extractArticle(msg.text, msg.opts);
    parentPort!.postMessage({ id: msg.id, ok: true, value });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: (err as Error).message });
  }
});
