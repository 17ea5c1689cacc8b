import type { TextEncoding } from '../../shared/sources';

/** Files larger than this are skipped with a reason (article files are a few KB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; warning?: string }
  | { ok: false; reason: string };

const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;

/**
 * Decodes an article file: UTF-8 (with or without BOM), else Windows-1250 or ISO-8859-2,
 * whichever yields more Polish letters. Binary, UTF-16 and oversized files are refused with a reason.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, reason: `too large: ${mb} MB (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text is not supported: save the file as UTF-8' };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL or control bytes), not text' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text === null) return { ok: false, reason: 'has a UTF-8 BOM but is not valid UTF-8' };
    return { ok: true, text, encoding: 'utf-8-bom' };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  // Mostly UTF-8 with a few broken bytes (a bad copy-paste, a truncated download): decoding it as
  // a legacy code page would garble every Polish letter, so keep UTF-8 and say what was replaced.
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid > 0 && invalid * 20 <= valid) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ok: true, text, encoding: 'utf-8', warning: `${invalid} byte${invalid === 1 ? ' is' : 's are'} not valid UTF-8 and ${invalid === 1 ? 'was' : 'were'} shown as �` };
  }
  return decodeLegacy(bytes);
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  // 0x80–0x9F are C1 control codes in ISO-8859-2 but letters (Ś, Š, Ź, ś, ź …) in Windows-1250.
  let hasC1 = false;
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) { hasC1 = true; break; }
  const cp1250 = new TextDecoder('windows-1250').decode(bytes);
  if (hasC1) return { ok: true, text: cp1250, encoding: 'windows-1250' };
  const iso = new TextDecoder('iso-8859-2').decode(bytes);
  const score = (s: string) => s.match(POLISH_LETTERS)?.length ?? 0;
  return score(iso) > score(cp1250)
    ? { ok: true, text: iso, encoding: 'iso-8859-2' }
    : { ok: true, text: cp1250, encoding: 'windows-1250' };
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i++;
      continue;
    }
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
