import type { ClaimRow, WorkspaceInfo } from '../../../shared/api';
import type { Status } from '../../../shared/verification/types';
import type { ConnectionState } from '../api/client';
import type { Progress } from '../state/useWorkspace';
import { ProgressBar } from '../ui/ProgressBar';
import { StatusCounts } from './StatusCounts';

const CONNECTION: Record<ConnectionState, string | null> = {
  open: null,
  connecting: 'Connecting…',
  reconnecting: 'Live updates lost — reconnecting…',
  unauthorized: 'Not signed in to this server',
};

const TASKS: Record<string, string> = { scan: 'Reading files', extract: 'Extracting claims', diff: 'Comparing versions' };

/** A readable name for a back-end task reported by `progress` events. */
function taskLabel(task: string): string {
  return TASKS[task] ?? task.charAt(0).toUpperCase() + task.slice(1);
}

/** The banner: app name, workspace, counts per status, progress, and the Report / Settings / ? buttons. */
export function AppHeader(props: {
  workspace: WorkspaceInfo | null;
  rows: ClaimRow[];
  statusFilter: string;
  progress: Progress | null;
  connection: ConnectionState;
  problemCount: number;
  onStatus: (status: Status) => void;
  onReport: () => void;
  onSettings: () => void;
  onShortcuts: () => void;
}) {
  const { workspace, progress } = props;
  const connection = CONNECTION[props.connection];
  return (
    <header className="app-header" role="banner">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">
          F
        </span>
        <span className="brand__name">Factdesk</span>
      </div>
      <div className="workspace-name mono" title={workspace ? `${workspace.folder}\nstore: ${workspace.dataDir}` : undefined}>
        {workspace?.folder ?? '…'}
      </div>
      <StatusCounts rows={props.rows} active={props.statusFilter} onPick={props.onStatus} />
      <div className="header-status">
        {progress ? (
          <ProgressBar label={taskLabel(progress.task)} done={progress.done} total={progress.total} />
        ) : workspace?.scanning ? (
          <ProgressBar label="Scanning the folder" />
        ) : null}
        {progress && (
          <span className="small muted">
            {taskLabel(progress.task)} {progress.done.toLocaleString()}/{progress.total.toLocaleString()}
          </span>
        )}
        {!progress && workspace?.scanning && <span className="small muted">Scanning…</span>}
        {connection && (
          <span className={`connection connection--${props.connection}`} role="status">
            {connection}
          </span>
        )}
        {props.problemCount > 0 && (
          <button type="button" className="btn btn--small btn--warn" onClick={props.onSettings}>
            {props.problemCount} problem{props.problemCount === 1 ? '' : 's'}
          </button>
        )}
      </div>
      <div className="header-actions">
        <button type="button" className="btn" onClick={props.onReport}>
          Report…
        </button>
        <button type="button" className="btn" onClick={props.onSettings}>
          Settings
        </button>
        <button type="button" className="btn btn--icon" onClick={props.onShortcuts} aria-label="Keyboard shortcuts" aria-keyshortcuts="?">
          ?
        </button>
      </div>
    </header>
  );
}
