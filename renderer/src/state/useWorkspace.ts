import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { ClaimRow, FactdeskClient, FactdeskEvent, Problem, Profile, WorkspaceInfo } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import type { VerificationRecord } from '../../../shared/verification/types';
import { onConnectionChange, type ConnectionState } from '../api/client';
import { errorMessage } from '../ui/errors';
import { replaceSourceRows, sortRows, upsertRecord } from './rows';

/**
 * Above this many articles the claims panel lists the claims of the open articles (and of a source
 * picked in the filter) plus every claim someone has worked on — not all claims of the workspace,
 * which at 10,000 articles would be hundreds of thousands of rows.
 */
export const LARGE_WORKSPACE = 300;

export interface Progress {
  task: string;
  done: number;
  total: number;
}

export interface WorkspaceState {
  workspace: WorkspaceInfo | null;
  sources: SourceInfo[];
  rows: ClaimRow[];
  /** Bumped per source on every `source` event, so open panes know to re-fetch. */
  sourceRevisions: Record<string, number>;
  problems: Problem[];
  progress: Progress | null;
  loadError: string | null;
  rowsError: string | null;
  connection: ConnectionState;
}

type Action =
  | { type: 'workspace'; workspace: WorkspaceInfo }
  | { type: 'sources'; sources: SourceInfo[] }
  | { type: 'source'; source: SourceInfo }
  | { type: 'source-batch'; sources: SourceInfo[] }
  | { type: 'rows'; rows: ClaimRow[] }
  | { type: 'source-rows'; sourceId: string; rows: ClaimRow[] }
  | { type: 'record'; record: VerificationRecord }
  | { type: 'problem'; problem: Problem }
  | { type: 'progress'; progress: Progress | null }
  | { type: 'load-error'; message: string | null }
  | { type: 'rows-error'; message: string | null }
  | { type: 'connection'; connection: ConnectionState }
  | { type: 'profile'; profile: Profile };

const initial: WorkspaceState = {
  workspace: null,
  sources: [],
  rows: [],
  sourceRevisions: {},
  problems: [],
  progress: null,
  loadError: null,
  rowsError: null,
  connection: 'connecting',
};

function byPath(a: SourceInfo, b: SourceInfo): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function reducer(state: WorkspaceState, action: Action): WorkspaceState {
  switch (action.type) {
    case 'workspace':
      return { ...state, workspace: action.workspace, problems: mergeProblems(action.workspace.problems, state.problems) };
    case 'sources': {
      const sources = action.sources.slice().sort(byPath);
      return { ...state, sources, rows: sortRows(state.rows, sources), loadError: null };
    }
    case 'source':
      return reducer(state, { type: 'source-batch', sources: [action.source] });
    case 'source-batch': {
      // One merge and one sort per batch: a cold scan of 10,000 files sends 10,000 events.
      const byId = new Map(state.sources.map((s) => [s.id, s]));
      const sourceRevisions = { ...state.sourceRevisions };
      for (const s of action.sources) {
        byId.set(s.id, s);
        sourceRevisions[s.id] = (sourceRevisions[s.id] ?? 0) + 1;
      }
      return { ...state, sources: [...byId.values()].sort(byPath), sourceRevisions };
    }
    case 'rows':
      return { ...state, rows: sortRows(action.rows, state.sources), rowsError: null };
    case 'source-rows':
      return { ...state, rows: sortRows(replaceSourceRows(state.rows, action.sourceId, action.rows), state.sources) };
    case 'record':
      return { ...state, rows: sortRows(upsertRecord(state.rows, action.record), state.sources) };
    case 'problem':
      return { ...state, problems: mergeProblems(state.problems, [action.problem]) };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'load-error':
      return { ...state, loadError: action.message };
    case 'rows-error':
      return { ...state, rowsError: action.message };
    case 'connection':
      return { ...state, connection: action.connection };
    case 'profile':
      return state.workspace ? { ...state, workspace: { ...state.workspace, profile: action.profile } } : state;
  }
}

function mergeProblems(a: Problem[], b: Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of [...a, ...b]) {
    const id = `${p.code}|${p.path ?? ''}|${p.at}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(p);
    }
  }
  return out;
}

export interface WorkspaceActions {
  reloadAll(): Promise<void>;
  /** Which sources' claims to list in full (large workspaces); null: all of them. */
  setScope(sourceIds: string[] | null): void;
  applyRecord(record: VerificationRecord): void;
  applySource(source: SourceInfo): void;
  setProfile(profile: Profile): void;
}

/** Loads the workspace, sources and claims, and keeps them current from the event stream. */
export function useWorkspace(client: FactdeskClient): [WorkspaceState, WorkspaceActions] {
  const [state, dispatch] = useReducer(reducer, initial);
  const claimTimers = useRef(new Map<string, number>());
  const progressTimer = useRef<number | undefined>(undefined);
  // null: every source in full; a set: those in full plus the worked-on claims of all others.
  const scope = useRef<Set<string> | null>(null);
  const pendingSources = useRef<SourceInfo[]>([]);
  const sourceFlush = useRef<number | undefined>(undefined);

  const loadRows = useCallback(async () => {
    try {
      const ids = scope.current;
      if (!ids) {
        dispatch({ type: 'rows', rows: await client.call('listClaims', {}) });
        return;
      }
      const [worked, ...full] = await Promise.all([
        client.call('listClaims', { withRecordsOnly: true }),
        ...[...ids].map((sourceId) => client.call('listClaims', { sourceId }).catch(() => [] as ClaimRow[])),
      ]);
      const rows = full.flat();
      const seen = new Set(rows.map((r) => `${r.sourceId}\u241f${r.claim.key}`));
      dispatch({ type: 'rows', rows: [...rows, ...worked.filter((r) => !seen.has(`${r.sourceId}\u241f${r.claim.key}`))] });
    } catch (error) {
      dispatch({ type: 'rows-error', message: errorMessage(error) });
    }
  }, [client]);

  const reloadAll = useCallback(async () => {
    try {
      const [workspace, sources] = await Promise.all([client.call('getWorkspace', {}), client.call('listSources', {})]);
      dispatch({ type: 'workspace', workspace });
      dispatch({ type: 'sources', sources });
      // Until the window says which articles are open, a large workspace lists only worked-on claims.
      if (sources.length > LARGE_WORKSPACE && !scope.current) scope.current = new Set();
    } catch (error) {
      dispatch({ type: 'load-error', message: errorMessage(error) });
      return;
    }
    await loadRows();
  }, [client, loadRows]);

  // Claims of a changed file are re-listed once the burst of saves settles.
  const refreshSourceRows = useCallback(
    (sourceId: string) => {
      const timers = claimTimers.current;
      window.clearTimeout(timers.get(sourceId));
      timers.set(
        sourceId,
        window.setTimeout(() => {
          timers.delete(sourceId);
          if (scope.current && !scope.current.has(sourceId)) return;
          client.call('listClaims', { sourceId }).then(
            (rows) => dispatch({ type: 'source-rows', sourceId, rows }),
            (error: unknown) => dispatch({ type: 'rows-error', message: errorMessage(error) }),
          );
        }, 150),
      );
    },
    [client],
  );

  useEffect(() => {
    const onEvent = (event: FactdeskEvent) => {
      switch (event.type) {
        case 'source':
          pendingSources.current.push(event.source);
          if (sourceFlush.current === undefined) {
            sourceFlush.current = window.setTimeout(() => {
              sourceFlush.current = undefined;
              const batch = pendingSources.current;
              pendingSources.current = [];
              dispatch({ type: 'source-batch', sources: batch });
            }, 50);
          }
          refreshSourceRows(event.source.id);
          break;
        case 'record':
          dispatch({ type: 'record', record: event.record });
          break;
        case 'problem':
          dispatch({ type: 'problem', problem: event.problem });
          break;
        case 'progress':
          dispatch({ type: 'progress', progress: { task: event.task, done: event.done, total: event.total } });
          window.clearTimeout(progressTimer.current);
          // Hide a finished task shortly after, and a stalled one after a while.
          progressTimer.current = window.setTimeout(
            () => dispatch({ type: 'progress', progress: null }),
            event.done >= event.total ? 600 : 15000,
          );
          break;
      }
    };
    const unsubscribe = client.onEvent(onEvent);
    const unConnection = onConnectionChange((connection, reconnected) => {
      dispatch({ type: 'connection', connection });
      if (reconnected && connection === 'open') void reloadAll();
    });
    void reloadAll();
    return () => {
      unsubscribe();
      unConnection();
    };
  }, [client, reloadAll, refreshSourceRows]);

  // While the first scan runs, poll so the progress bar ends even if no event says so.
  const scanning = state.workspace?.scanning ?? false;
  useEffect(() => {
    if (!scanning) return;
    const timer = window.setInterval(() => {
      client.call('getWorkspace', {}).then(
        (workspace) => {
          dispatch({ type: 'workspace', workspace });
          if (!workspace.scanning) void reloadAll();
        },
        () => undefined,
      );
    }, 1000);
    return () => window.clearInterval(timer);
  }, [client, scanning, reloadAll]);

  const actions = useMemo<WorkspaceActions>(
    () => ({
      reloadAll,
      setScope: (ids) => {
        const next = ids ? new Set(ids) : null;
        const cur = scope.current;
        if (next === cur || (next && cur && next.size === cur.size && [...next].every((id) => cur.has(id)))) return;
        scope.current = next;
        void loadRows();
      },
      applyRecord: (record) => dispatch({ type: 'record', record }),
      applySource: (source) => dispatch({ type: 'source', source }),
      setProfile: (profile) => dispatch({ type: 'profile', profile }),
    }),
    [reloadAll, loadRows],
  );
  return [state, actions];
}
