import type { FactdeskClient, Profile, WorkspaceInfo } from '../../../shared/api';
import { Modal } from '../ui/Modal';
import { formatTime } from '../ui/format';
import { ProfileForm } from './ProfileForm';

/** Settings: the reviewer profile, and where the workspace and its store live. */
export function SettingsDialog({
  open,
  client,
  workspace,
  onClose,
  onProfile,
}: {
  open: boolean;
  client: FactdeskClient;
  workspace: WorkspaceInfo | null;
  onClose: () => void;
  onProfile: (profile: Profile) => void;
}) {
  return (
    <Modal open={open} title="Settings" onClose={onClose}>
      <h3 className="subhead">Reviewer profile</h3>
      <p className="muted small settings__intro">Your name is recorded with every change; the organisation signs reports and ClaimReview.</p>
      <ProfileForm
        client={client}
        profile={workspace?.profile ?? null}
        onSaved={(p) => {
          onProfile(p);
          onClose();
        }}
      >
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
      </ProfileForm>
      {workspace && (
        <>
          <h3 className="subhead">Workspace</h3>
          <dl className="facts__list">
            <dt>Folder</dt>
            <dd className="mono">{workspace.folder}</dd>
            <dt>Store</dt>
            <dd className="mono">{workspace.dataDir}</dd>
            <dt>Schema</dt>
            <dd>v{workspace.schemaVersion}</dd>
          </dl>
          {workspace.problems.length > 0 && (
            <>
              <h3 className="subhead">Problems</h3>
              <ul className="problems">
                {workspace.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{p.code}</strong> {p.message} {p.path && <span className="mono">{p.path}</span>}{' '}
                    <span className="muted small">{formatTime(p.at)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Modal>
  );
}
