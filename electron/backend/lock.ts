import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FactdeskError } from '../../shared/api';

// Locks held by this process, so a second back end in the same process is refused too.
const heldHere = new Set<string>();

/** One writer per store: an exclusive lock file holding the owner's pid. */
export class StoreLock {
  private constructor(private readonly path: string) {}

  /** Takes the lock or throws a clear `store-locked` error naming the other instance. */
  static acquire(dataDir: string, owner: string): StoreLock {
    const path = join(dataDir, 'lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() }));
        closeSync(fd);
        heldHere.add(path);
        return new StoreLock(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = readHolder(path);
        const mine = holder?.pid === process.pid;
        if (holder && ((mine && heldHere.has(path)) || (!mine && isAlive(holder.pid)))) {
          throw new FactdeskError(
            'store-locked',
            `Another Factdesk instance (${holder.owner ?? 'unknown'}, pid ${holder.pid}, since ${holder.since ?? '?'}) ` +
              `is using the store in ${dataDir}. Close it first, or open a different folder or --data directory.`,
          );
        }
        // Stale lock from a process that died (or unreadable): take it over.
        rmSync(path, { force: true });
      }
    }
    throw new FactdeskError('store-locked', `Could not lock the store in ${dataDir}.`);
  }

  /** Releases the lock. */
  dispose(): void {
    if (!heldHere.delete(this.path)) return;
    rmSync(this.path, { force: true });
  }
}

/** Reads who holds the lock, or null when there is no readable lock. */
export function readLockHolder(dataDir: string): { pid: number; owner?: string; since?: string } | null {
  const holder = readHolder(join(dataDir, 'lock'));
  return holder && isAlive(holder.pid) ? holder : null;
}

function readHolder(path: string): { pid: number; owner?: string; since?: string } | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data?.pid === 'number' ? data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
