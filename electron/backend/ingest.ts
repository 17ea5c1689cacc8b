import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { TextEncoding } from '../../shared/sources';
import { decodeArticle, MAX_FILE_BYTES } from './decode';

export type FileReading =
  | { kind: 'missing' }
  | { kind: 'skipped'; reason: string }
  | { kind: 'text'; text: string; encoding: TextEncoding; hash: string; size: number; warning?: string };

/** Reads one article file from disk: decoded text and content hash, or why it is skipped. */
export async function readArticleFile(absPath: string): Promise<FileReading> {
  let bytes: Buffer;
  try {
    const st = await stat(absPath);
    if (!st.isFile()) return { kind: 'missing' };
    if (st.size > MAX_FILE_BYTES) {
      return { kind: 'skipped', reason: `too large: ${(st.size / 1024 / 1024).toFixed(1)} MB (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)` };
    }
    bytes = await readFile(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'skipped', reason: `cannot be read (${code ?? (err as Error).message})` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { kind: 'skipped', reason: decoded.reason };
  // Hash the decoded text: the same words re-saved in another encoding are not a new version.
  const hash = createHash("sha256").update(decoded.text).digest("hex");
  return { kind: 'text', text: decoded.text, encoding: decoded.encoding, hash, size: bytes.length, ...(decoded.warning ? { warning: decoded.warning } : {}) };
}
