import type { ReportFile } from '../../../shared/report/types';

/** Saves a report through a Blob and `<a download>` (works in the browser and in Electron). */
export function downloadReport(file: ReportFile): void {
  const blob = new Blob([file.content], { type: file.mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName || 'factdesk-report';
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

let printFrame: HTMLIFrameElement | null = null;

/**
 * Opens the browser's print dialog (where "Save as PDF" is a destination) on an HTML report held in
 * a hidden frame; resolves true once the browser started printing, false when it refused.
 */
export function printHtmlReport(html: string): Promise<boolean> {
  // One print frame at a time; a frame whose dialog never reported "afterprint" goes now.
  printFrame?.remove();
  const frame = document.createElement('iframe');
  // Measured in Chromium 156: without allow-same-origin this window cannot reach the frame's print()
  // (SecurityError, opaque origin); without allow-modals Chromium ignores print() ("The document is
  // sandboxed, and the 'allow-modals' keyword is not set"). No allow-scripts: print() is called from
  // here, so the report runs nothing — and allow-scripts with allow-same-origin would undo the sandbox.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.title = 'Report for printing';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Zero-sized rather than display:none: printing lays the frame's document out at page size anyway,
  // and some browsers print nothing from an undisplayed frame.
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  printFrame = frame;
  return new Promise((resolve) => {
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) return resolve(false);
      let started = false;
      win.addEventListener('beforeprint', () => {
        started = true;
        // Settle from a fresh task: Chromium dispatches this event from its print machinery, and
        // headless Chromium 156 never runs microtasks queued in here (promise reactions would hang).
        window.setTimeout(() => resolve(true), 0);
      });
      win.addEventListener('afterprint', () => {
        frame.remove();
        if (printFrame === frame) printFrame = null;
      });
      try {
        win.focus();
        win.print();
      } catch {
        return resolve(false);
      }
      // Where print() blocks while the dialog is open, "beforeprint" has fired by now; headless
      // Chromium fires it a moment after print() returns. No event at all means the browser refused.
      if (!started) window.setTimeout(() => resolve(started), 1500);
    };
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}
