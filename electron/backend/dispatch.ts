import { FactdeskError, isApiMethod, type ApiResult, type FactdeskApi } from '../../shared/api';

/** Routes one call by name to the back end and wraps the outcome as data (never throws). */
export async function dispatch(api: FactdeskApi, method: string, args: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'unknown-method', message: `Unknown API method "${method}".` } };
  try {
    const fn = api[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await fn.call(api, args ?? {}) };
  } catch (err) {
    if (err instanceof FactdeskError) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: 'internal', message: `Internal error in ${method}: ${(err as Error)?.message ?? String(err)}` } };
  }
}
