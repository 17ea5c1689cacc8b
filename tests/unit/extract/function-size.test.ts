import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// V8 never optimises a function whose bytecode exceeds 61,440 bytes (--max-optimized-bytecode-size):
// it stays in baseline code, several times slower. sentenceFrames reached 64,784 bytes of bytecode
// from 54,450 characters of code (comments left out) and ran unoptimised until it was split. This
// guard keeps every function of the pure core well below that, measured in characters of code.
const MAX_CODE_CHARS = 40_000;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Characters of code in a function body, comment lines left out. */
function codeChars(body: string): number {
  return body
    .split('\n')
    .filter((l) => !/^\s*(?:\/\/|\/\*|\*)/.test(l))
    .join('\n').length;
}

describe('function size in shared/', () => {
  it(`no function body has more than ${MAX_CODE_CHARS} characters of code`, () => {
    const big: string[] = [];
    let largest = 0;
    for (const f of files(join(__dirname, '../../../shared'))) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (ts.isFunctionLike(n) && 'body' in n && n.body) {
          const size = codeChars((n.body as ts.Node).getText(sf));
          largest = Math.max(largest, size);
          if (size > MAX_CODE_CHARS) big.push(`${f}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} (${size})`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(big).toEqual([]);
    expect(largest).toBeGreaterThan(10_000); // the walk did find the large functions
  });
});
