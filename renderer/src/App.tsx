import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimRow, Profile } from '../../shared/api';
import type { VerificationRecord } from '../../shared/verification/types';
import { getClient } from './api/client';
import { filterRows, speakersOf } from './claims/claim-filter';
import { ClaimsPanel } from './claims/ClaimsPanel';
import { AppHeader } from './header/AppHeader';
import { ReadingArea } from './reading/ReadingArea';
import { ReportDialog } from './reports/ReportDialog';
import { DiffView } from './revisions/DiffView';
import { ProfilePrompt } from './settings/ProfilePrompt';
import { SettingsDialog } from './settings/SettingsDialog';
import { ShortcutsDialog } from './shortcuts/ShortcutsDialog';
import { useTriageKeys } from './shortcuts/useTriageKeys';
import { SourceList } from './sources/SourceList';
import { keyOfRow } from './state/rows';
import { readStored, writeStored } from './state/persist';
import { useBulk } from './state/useBulk';
import { usePanes } from './state/usePanes';
import { useSelection } from './state/useSelection';
import { LARGE_WORKSPACE, useWorkspace } from './state/useWorkspace';
import { ErrorAlert } from './ui/ErrorAlert';
import { errorMessage } from './ui/errors';
import { baseName } from './ui/format';
import { focusInContainer } from './ui/scroll';
import { ClaimDetail } from './verification/ClaimDetail';

type DialogName = 'report' | 'settings' | 'shortcuts' | null;
const PROMPT_KEY = 'factdesk.profilePromptDone';

/** The workstation window: wires the workspace state to the panels, dialogs and keys. */
export function App() {
  const client = useMemo(() => getClient(), []);
  const [ws, actions] = useWorkspace(client);
  const { panes, setActive, openSource, swap } = usePanes(ws.sources);
  const sel = useSelection(ws.rows);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [diffSourceId, setDiffSourceId] = useState<string | null>(null);
  const [promptDone, setPromptDone] = useState(() => readStored('local', PROMPT_KEY, false));
  const [busy, setBusy] = useState(false);
  const [detailError, setDetailError] = useState<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  const openIds = useMemo(() => [panes.left, panes.right].filter((x): x is string => !!x), [panes.left, panes.right]);
  const large = ws.sources.length > LARGE_WORKSPACE;
  const pickedSource = sel.filter.source.startsWith('@') ? null : sel.filter.source;
  useEffect(() => {
    actions.setScope(large ? [...openIds, ...(pickedSource ? [pickedSource] : [])] : null);
  }, [actions, large, openIds, pickedSource]);
  const visibleRows = useMemo(() => filterRows(ws.rows, sel.filter, openIds), [ws.rows, sel.filter, openIds]);
  const speakers = useMemo(() => speakersOf(ws.rows), [ws.rows]);
  const bulk = useBulk(client, actions.applyRecord);
  const selectedRow = sel.selectedRow;
  const selectedKey = selectedRow ? keyOfRow(selectedRow) : null;

  useEffect(() => setDetailError(null), [selectedKey]);

  const selectRow = useCallback(
    (row: ClaimRow, scroll = true, focusItem = false) => {
      sel.select({ sourceId: row.sourceId, claimKey: row.claim.key }, scroll);
      if (row.sourceId !== panes.left && row.sourceId !== panes.right) openSource(row.sourceId, panes.active);
      if (focusItem) focusAfterRender.current = keyOfRow(row);
    },
    [sel.select, panes, openSource],
  );

  // j/k move focus along with the selection, so the focus ring shows where triage is.
  useEffect(() => {
    const key = focusAfterRender.current;
    if (!key) return;
    focusAfterRender.current = null;
    const el = document.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    if (el) focusInContainer(el, el.closest<HTMLElement>('.claim-list'));
  });

  const run = useCallback(
    async (work: () => Promise<VerificationRecord>): Promise<boolean> => {
      setBusy(true);
      setDetailError(null);
      try {
        actions.applyRecord(await work());
        return true;
      } catch (e) {
        setDetailError(errorMessage(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [actions],
  );

  const onProfile = (profile: Profile) => {
    actions.setProfile(profile);
    setPromptDone(true);
    writeStored('local', PROMPT_KEY, true);
  };

  const move = (delta: 1 | -1) => {
    if (visibleRows.length === 0) return;
    const at = selectedKey ? visibleRows.findIndex((r) => keyOfRow(r) === selectedKey) : -1;
    const next = at === -1 ? (delta > 0 ? 0 : visibleRows.length - 1) : Math.max(0, Math.min(visibleRows.length - 1, at + delta));
    selectRow(visibleRows[next], true, true);
  };

  useTriageKeys({
    diffOpen: diffSourceId !== null,
    move,
    setStatus: (status) => {
      if (!selectedRow) return;
      if ((selectedRow.record?.status ?? 'unverified') === status) return;
      const target = { sourceId: selectedRow.sourceId, claimKey: selectedRow.claim.key };
      void run(() => client.call('updateRecord', { ...target, change: { status } }));
    },
    focus: (id) => {
      const el = document.getElementById(id);
      if (el) {
        focusInContainer(el, el.closest<HTMLElement>('.detail-col'));
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select?.();
      }
    },
    undo: () => {
      if (!selectedRow?.record) return;
      const target = { sourceId: selectedRow.sourceId, claimKey: selectedRow.claim.key };
      void run(() => client.call('undoRecord', target));
    },
    toggleCheck: () => selectedKey && bulk.toggle(selectedKey),
    // The revisions of the selected claim's article (what a re-check needs), else of the active pane.
    toggleDiff: () => setDiffSourceId((cur) => (cur ? null : (selectedRow?.sourceId ?? panes[panes.active] ?? panes.left))),
    swap,
    shortcuts: () => setDialog('shortcuts'),
  });

  const diffSource = diffSourceId ? ws.sources.find((s) => s.id === diffSourceId) : undefined;
  const selectedSource = selectedRow ? ws.sources.find((s) => s.id === selectedRow.sourceId) : undefined;

  return (
    <div className="app">
      <AppHeader
        workspace={ws.workspace}
        rows={ws.rows}
        statusFilter={sel.filter.status}
        progress={ws.progress}
        connection={ws.connection}
        problemCount={ws.problems.length}
        onStatus={(status) => sel.setFilter({ ...sel.filter, status: sel.filter.status === status ? 'all' : status })}
        onReport={() => setDialog('report')}
        onSettings={() => setDialog('settings')}
        onShortcuts={() => setDialog('shortcuts')}
      />
      {ws.workspace && !ws.workspace.profile && !promptDone && (
        <ProfilePrompt
          client={client}
          onSaved={onProfile}
          onDismiss={() => {
            setPromptDone(true);
            writeStored('local', PROMPT_KEY, true);
          }}
        />
      )}
      <div className="app-body">
        <aside className="sidebar" aria-label="Sources and claims">
          <SourceList
            sources={ws.sources}
            panes={panes}
            onOpen={openSource}
            onActivePane={setActive}
          />
          <ClaimsPanel
            scopeNote={
              large
                ? `${ws.sources.length.toLocaleString('en')} articles: listing the claims of the open articles (and of a source picked below) plus every claim already worked on.`
                : null
            }
            rows={visibleRows}
            total={ws.rows.length}
            filter={sel.filter}
            speakers={speakers}
            sources={ws.sources}
            selectedKey={selectedKey}
            checked={bulk.checked}
            error={bulk.error ?? ws.rowsError}
            bulkBusy={bulk.busy}
            onFilter={sel.setFilter}
            onSelect={selectRow}
            onMove={move}
            onToggle={bulk.toggle}
            onBulk={(status) => void bulk.apply(status, ws.rows)}
            onCheckAll={() => bulk.setAll(visibleRows.map(keyOfRow))}
            onClearChecks={bulk.clear}
          />
        </aside>
        <main className="main">
          <ErrorAlert message={ws.loadError} />
          {diffSource ? (
            <DiffView
              client={client}
              source={diffSource}
              revision={ws.sourceRevisions[diffSource.id] ?? 0}
              onClose={() => setDiffSourceId(null)}
            />
          ) : (
            <ReadingArea
              client={client}
              panes={panes}
              sources={ws.sources}
              sourceRevisions={ws.sourceRevisions}
              selected={sel.selected}
              scrollNonce={sel.scrollNonce}
              onActivate={setActive}
              onPickSource={(side, id) => openSource(id, side)}
              onSelectClaim={(ref, scroll) => sel.select(ref, scroll)}
              onSourceUpdated={actions.applySource}
              onOpenRevisions={setDiffSourceId}
              onSwap={swap}
            />
          )}
        </main>
        <aside className="detail-col" aria-label="Claim detail">
          <ClaimDetail
            client={client}
            row={selectedRow}
            sourceLabel={selectedSource ? baseName(selectedSource.path) : ''}
            profile={ws.workspace?.profile ?? null}
            busy={busy}
            error={detailError}
            run={run}
            onError={setDetailError}
          />
        </aside>
      </div>
      <ReportDialog
        open={dialog === 'report'}
        client={client}
        sources={ws.sources}
        onClose={() => setDialog(null)}
        onImported={() => void actions.reloadAll()}
      />
      <SettingsDialog
        open={dialog === 'settings'}
        client={client}
        workspace={ws.workspace}
        onClose={() => setDialog(null)}
        onProfile={onProfile}
      />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
    </div>
  );
}
