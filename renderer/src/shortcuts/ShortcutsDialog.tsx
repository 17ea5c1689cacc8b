import { Modal } from '../ui/Modal';
import { SHORTCUTS } from './shortcut-list';

/** The `?` dialog listing every keyboard shortcut. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <Modal open={open} title="Keyboard shortcuts" onClose={onClose}>
      <p className="muted small">Shortcuts work when the cursor is not in a text field (Esc leaves one).</p>
      {groups.map((g) => (
        <section key={g} aria-label={g}>
          <h3 className="subhead">{g}</h3>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.filter((s) => s.group === g).map((s, i) => (
                <tr key={i}>
                  <th scope="row">
                    {s.keys.map((k, j) => (k === '…' ? <span key={j}> … </span> : <kbd key={j}>{k}</kbd>))}
                  </th>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="modal__actions">
        <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
