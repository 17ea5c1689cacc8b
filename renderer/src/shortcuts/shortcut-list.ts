/** Every keyboard shortcut, for the `?` dialog (the handlers live in useTriageKeys and the views). */
export const SHORTCUTS: { keys: string[]; what: string; group: string }[] = [
  { group: 'Claims', keys: ['j', 'k'], what: 'Next / previous claim' },
  { group: 'Claims', keys: ['1', '…', '7'], what: 'Set status (Unverified, In progress, True, Partly true, Misleading, False, Unverifiable)' },
  { group: 'Claims', keys: ['n'], what: 'Edit the note (Ctrl+Enter or leaving the field saves)' },
  { group: 'Claims', keys: ['e'], what: 'Add evidence' },
  { group: 'Claims', keys: ['u'], what: 'Undo the last change of the claim' },
  { group: 'Claims', keys: ['x'], what: 'Tick / untick the claim for a bulk change' },
  { group: 'Claims', keys: ['b'], what: 'Go to the bulk status of the ticked claims' },
  { group: 'Claims', keys: ['/'], what: 'Search claims' },
  { group: 'Reading', keys: ['s'], what: 'Swap the left and right panes' },
  { group: 'Reading', keys: ['d'], what: 'Revisions (diff) of the selected claim’s article (else the active pane’s)' },
  { group: 'Reading', keys: ['↑', '↓', 'Enter'], what: 'In the source list: move, open in the active pane (Shift+Enter: the other)' },
  { group: 'Revisions', keys: ['n', 'p'], what: 'Next / previous change' },
  { group: 'Revisions', keys: ['Esc'], what: 'Back to reading' },
  { group: 'Anywhere', keys: ['?'], what: 'This list' },
  { group: 'Anywhere', keys: ['Esc'], what: 'Close a dialog, leave a text field' },
];
