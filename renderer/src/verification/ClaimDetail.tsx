import { useId } from 'react';
import type { ClaimRow, FactdeskClient, Profile, RecordChange } from '../../../shared/api';
import type { VerificationRecord } from '../../../shared/verification/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatTime } from '../ui/format';
import { ClaimFacts } from './ClaimFacts';
import { EvidenceSection } from './EvidenceSection';
import { HistoryList } from './HistoryList';
import { NoteEditor } from './NoteEditor';
import { PersonField } from './PersonField';
import { RecheckNotice } from './RecheckNotice';
import { StatusControl } from './StatusControl';

/** Everything about one claim: facts, status, re-check flag, note, evidence, people and history. */
export function ClaimDetail({
  client,
  row,
  sourceLabel,
  profile,
  busy,
  error,
  run,
  onError,
}: {
  client: FactdeskClient;
  row: ClaimRow | null;
  sourceLabel: string;
  profile: Profile | null;
  busy: boolean;
  error: string | null;
  /** Runs a record change, publishing the result; resolves false (with `error` set) on failure. */
  run: (work: () => Promise<VerificationRecord>) => Promise<boolean>;
  onError: (message: string | null) => void;
}) {
  const headingId = useId();
  const claimId = row ? `${row.sourceId}/${row.claim.key}` : '';

  if (!row) {
    return (
      <section className="detail detail--empty">
        <h2 id={headingId} className="panel-title">
          Claim
        </h2>
        <p className="muted">Select a claim in the list or click a highlighted passage.</p>
        <p className="muted small">
          <kbd>j</kbd>/<kbd>k</kbd> move through claims, <kbd>1</kbd>–<kbd>7</kbd> set the status, <kbd>?</kbd> shows all
          shortcuts.
        </p>
      </section>
    );
  }

  const { record } = row;
  const target = { sourceId: row.sourceId, claimKey: row.claim.key };
  const change = (c: RecordChange, withRev = false) =>
    run(() => client.call('updateRecord', { ...target, change: c, ...(withRev && record ? { baseRev: record.rev } : {}) }));
  const canUndo = !!record && record.history.some((h) => h.field !== 'created');

  return (
    <section className="detail">
      <div className="detail__head">
        <h2 id={headingId} className="panel-title">
          Claim
        </h2>
        <button
          type="button"
          className="btn btn--small"
          disabled={!canUndo}
          aria-keyshortcuts="u"
          onClick={() => !busy && void run(() => client.call('undoRecord', target))}
        >
          Undo last change <kbd aria-hidden="true">u</kbd>
        </button>
      </div>
      <ErrorAlert message={error} onDismiss={() => onError(null)} />
      {record?.orphaned && (
        <p className="notice notice--orphan" role="note">
          Orphaned: this claim is no longer in the latest version of the article. Its record is kept and still exported.
        </p>
      )}
      <ClaimFacts claim={row.claim} sourceLabel={sourceLabel} />
      <StatusControl value={record?.status ?? 'unverified'} disabled={busy} onChange={(status) => void change({ status })} />
      {record?.needsRecheck && (
        <RecheckNotice flag={record.needsRecheck} disabled={busy} onDone={() => void change({ clearRecheck: true })} />
      )}
      <NoteEditor note={record?.note ?? ''} claimId={claimId} disabled={false} onSave={(note) => change({ note }, true)} />
      <EvidenceSection
        evidence={record?.evidence ?? []}
        disabled={busy}
        onAdd={(type, value) => change({ addEvidence: { type, value } })}
        onAttach={(fileName, dataBase64) => run(() => client.call('attachEvidenceFile', { ...target, fileName, dataBase64 }))}
        onRemove={(id) => void change({ removeEvidence: id })}
        onError={onError}
      />
      <div className="people">
        <PersonField
          label="Assignee"
          value={record?.assignee ?? null}
          me={profile?.name ?? null}
          disabled={busy}
          onSave={(assignee) => void change({ assignee })}
        />
        <PersonField
          label="Reviewer"
          value={record?.reviewer ?? null}
          me={profile?.name ?? null}
          disabled={busy}
          onSave={(reviewer) => void change({ reviewer })}
        />
      </div>
      <p className="muted small detail__times">
        Created {formatTime(record?.createdAt)} · Updated {formatTime(record?.updatedAt)}
        {record ? ` · rev ${record.rev}` : ' · no record yet (Unverified)'}
      </p>
      <div className="field">
        <span className="field__label">History</span>
        <HistoryList history={record?.history ?? []} />
      </div>
    </section>
  );
}
