import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { FactdeskError, type Problem } from '../../../shared/api';

export const SCHEMA_VERSION = 1;

export interface Versioned {
  schemaVersion: number;
}

/**
 * One lowdb JSON document of the store. A file that is not valid JSON (or not of this shape) is
 * moved aside into `corrupt/` — kept, reported — and the document starts from its defaults.
 */
export class JsonDoc<T extends Versioned> {
  private constructor(
    private readonly db: Low<T>,
    readonly path: string,
  ) {}

  get data(): T {
    return this.db.data;
  }

  set data(value: T) {
    this.db.data = value;
  }

  /** Opens (or creates in memory) a document; `report` hears about files moved aside. */
  static async open<T extends Versioned>(
    path: string,
    defaults: () => T,
    isValid: (data: unknown) => boolean,
    report: (problem: Problem) => void,
    corruptDir: string,
  ): Promise<JsonDoc<T>> {
    const db = new Low<T>(new JSONFile<T>(path), defaults());
    if (!existsSync(path)) return new JsonDoc(db, path);
    try {
      await db.read();
    } catch (err) {
      moveAside(path, `not valid JSON (${(err as Error).message})`, report, corruptDir);
      db.data = defaults();
      return new JsonDoc(db, path);
    }
    const data = db.data as unknown;
    if (data && typeof data === 'object' && (data as Versioned).schemaVersion > SCHEMA_VERSION) {
      throw new FactdeskError(
        'store-too-new',
        `${path} was written by a newer Factdesk (schema ${(data as Versioned).schemaVersion}); this one reads schema ${SCHEMA_VERSION}. Update Factdesk.`,
      );
    }
    if (!isValid(data)) {
      moveAside(path, 'not a Factdesk store document of the expected shape', report, corruptDir);
      db.data = defaults();
    }
    return new JsonDoc(db, path);
  }

  /** Writes the whole document atomically (temp file + rename); resolves once on disk. */
  async write(): Promise<void> {
    await this.db.write();
  }
}

function moveAside(path: string, why: string, report: (problem: Problem) => void, corruptDir: string): void {
  mkdirSync(corruptDir, { recursive: true });
  const target = join(corruptDir, `${basename(path)}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
  renameSync(path, target);
  report({
    code: 'store-corrupt',
    message: `Store file ${basename(path)} was ${why}. It was moved aside to ${target} (nothing deleted) and rebuilt.`,
    path: target,
    at: new Date().toISOString(),
  });
}
