/** Reads a JSON value from storage, falling back when absent, unreadable or storage is disabled. */
export function readStored<T>(storage: 'local' | 'session', key: string, fallback: T): T {
  try {
    const raw = (storage === 'local' ? localStorage : sessionStorage).getItem(key);
    if (raw === null) return fallback;
    const parsed = JSON.parse(raw) as unknown;
    // Objects merge over the fallback so a preference added later gets its default.
    if (isPlainObject(fallback) && isPlainObject(parsed)) return { ...fallback, ...parsed } as T;
    return typeof parsed === typeof fallback ? (parsed as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Writes a JSON value to storage; storage errors (quota, disabled) are not worth interrupting work. */
export function writeStored(storage: 'local' | 'session', key: string, value: unknown): void {
  try {
    (storage === 'local' ? localStorage : sessionStorage).setItem(key, JSON.stringify(value));
  } catch {
    // ignore: preferences are a convenience
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
