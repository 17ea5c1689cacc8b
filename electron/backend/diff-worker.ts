// Worker thread: computes text diffs so a large one never blocks the process that serves windows.
import { parentPort } from 'node:worker_threads';
import { diffTexts } from '../../shared/diff/text-diff';

parentPort?.on('message', (msg: { id: number; oldText: string; newText: string; options: object }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: true, value: diffTexts(msg.oldText, msg.newText, msg.options) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: (err as Error).message });
  }
});
