import type { ApiArgs, ApiMethod, ApiResult, ApiValue, FactdeskClient, FactdeskEvent } from '../../shared/api';
import type { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatch';

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function unwrap<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new ApiCallError(r.error.code, r.error.message);
  return r.value;
}

/** The in-process transport: calls go through the same dispatcher the transports use. */
export function inProcessClient(backend: Backend): FactdeskClient & { close(): Promise<void> } {
  return {
    call: async <M extends ApiMethod>(m: M, a: ApiArgs<M>) => unwrap(await dispatch(backend, m, a)) as ApiValue<M>,
    onEvent: (cb) => backend.onEvent(cb),
    close: async () => undefined,
  };
}

/** A Node client of the HTTP transport: POST /api/<method> with the token, events over SSE. */
export function httpClient(baseUrl: string, token: string): FactdeskClient & { close(): Promise<void> } {
  const controllers = new Set<AbortController>();
  return {
    async call<M extends ApiMethod>(m: M, a: ApiArgs<M>): Promise<ApiValue<M>> {
      const res = await fetch(`${baseUrl}/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': token },
        body: JSON.stringify(a),
      });
      return unwrap((await res.json()) as ApiResult<ApiValue<M>>);
    },
    onEvent(cb: (e: FactdeskEvent) => void) {
      const ctl = new AbortController();
      controllers.add(ctl);
      void (async () => {
        try {
          const res = await fetch(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`, { signal: ctl.signal });
          const reader = res.body!.getReader();
          const dec = new TextDecoder();
          let buf = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buf += dec.decode(value, { stream: true });
            let i: number;
            while ((i = buf.indexOf('\n\n')) >= 0) {
              const chunk = buf.slice(0, i);
              buf = buf.slice(i + 2);
              const data = chunk.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
              if (data) cb(JSON.parse(data));
            }
          }
        } catch {
          /* aborted */
        }
      })();
      return () => {
        ctl.abort();
        controllers.delete(ctl);
      };
    },
    async close() {
      for (const c of controllers) c.abort();
    },
  };
}
