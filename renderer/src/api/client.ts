import type {
  ApiArgs,
  ApiMethod,
  ApiResult,
  ApiValue,
  FactdeskBridge,
  FactdeskClient,
  FactdeskEvent,
} from '../../../shared/api';
import { FactdeskError } from '../../../shared/api';
import { readSessionToken } from './token';

/** Connection state of the live event stream, shown in the header. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'unauthorized';

type ConnectionListener = (state: ConnectionState, reconnected: boolean) => void;

const UNAUTHORIZED_MESSAGE =
  'Session token missing or expired — open the URL printed by `npm run serve`.';

let cached: FactdeskClient | null = null;
const connectionListeners = new Set<ConnectionListener>();
let connectionState: ConnectionState = 'connecting';

/** Returns the one client of this window: the Electron bridge when present, else HTTP. */
export function getClient(): FactdeskClient {
  if (cached) return cached;
  const bridge = (window as unknown as { factdesk?: FactdeskBridge }).factdesk;
  cached = bridge ? bridgeClient(bridge) : httpClient(readSessionToken());
  return cached;
}

/** Subscribes to connection changes; `reconnected` is true when a lost stream came back. */
export function onConnectionChange(cb: ConnectionListener): () => void {
  connectionListeners.add(cb);
  cb(connectionState, false);
  return () => connectionListeners.delete(cb);
}

function setConnection(state: ConnectionState, reconnected = false): void {
  connectionState = state;
  for (const cb of connectionListeners) cb(state, reconnected);
}

/** Unwraps an `ApiResult`, turning errors carried as data back into thrown errors. */
function unwrap<T>(result: ApiResult<T>): T {
  if (result && result.ok) return result.value;
  const error = result && !result.ok ? result.error : { code: 'bad-response', message: 'Malformed answer from the back end.' };
  throw new FactdeskError(error.code, error.message);
}

/** Client over the Electron preload: the bridge already speaks `ApiResult`. */
function bridgeClient(bridge: FactdeskBridge): FactdeskClient {
  // The bridge pushes over IPC which cannot drop and reconnect like SSE.
  setConnection('open');
  return {
    async call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>> {
      const fn = bridge[method] as unknown as (a: ApiArgs<M>) => Promise<ApiResult<ApiValue<M>>>;
      if (typeof fn !== 'function') throw new FactdeskError('not-implemented', `The app does not offer ${method}.`);
      return unwrap(await fn(args));
    },
    onEvent: (cb) => bridge.onEvent(cb),
  };
}

/** Client over the local HTTP server: POST /api/<method> and Server-Sent Events. */
function httpClient(token: string | null): FactdeskClient {
  const listeners = new Set<(event: FactdeskEvent) => void>();
  let source: EventSource | null = null;
  let lostOnce = false;
  let retryTimer: number | undefined;

  const call = async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>> => {
    if (!token) throw new FactdeskError('unauthorized', UNAUTHORIZED_MESSAGE);
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Factdesk-Token': token },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      throw new FactdeskError('offline', 'Cannot reach the Factdesk server. Is `npm run serve` still running?');
    }
    if (response.status === 401) {
      setConnection('unauthorized');
      throw new FactdeskError('unauthorized', UNAUTHORIZED_MESSAGE);
    }
    let body: ApiResult<ApiValue<M>>;
    try {
      body = (await response.json()) as ApiResult<ApiValue<M>>;
    } catch {
      throw new FactdeskError('bad-response', `The server answered ${response.status} without a readable result.`);
    }
    return unwrap(body);
  };

  const connect = (): void => {
    if (!token || source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onopen = () => {
      setConnection('open', lostOnce);
    };
    source.onmessage = (message) => {
      let event: FactdeskEvent;
      try {
        event = JSON.parse(message.data as string) as FactdeskEvent;
      } catch {
        return; // A keep-alive or a malformed line: nothing to act on.
      }
      for (const cb of listeners) cb(event);
    };
    source.onerror = () => {
      lostOnce = true;
      if (source && source.readyState === EventSource.CLOSED) {
        // The browser gives up on HTTP errors (e.g. 401 after a server restart); retry ourselves.
        source = null;
        setConnection('reconnecting');
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(probeAndReconnect, 3000);
      } else {
        setConnection('reconnecting');
      }
    };
  };

  const probeAndReconnect = (): void => {
    call('getWorkspace', {}).then(
      () => connect(),
      (error: unknown) => {
        if (error instanceof FactdeskError && error.code === 'unauthorized') return;
        retryTimer = window.setTimeout(probeAndReconnect, 3000);
      },
    );
  };

  if (!token) setConnection('unauthorized');

  return {
    call,
    onEvent(cb) {
      listeners.add(cb);
      connect();
      return () => {
        listeners.delete(cb);
      };
    },
  };
}
