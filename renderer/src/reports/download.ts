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

/**
 * Prints an HTML report (browser "Save as PDF", Electron's print dialog) from a hidden frame that
 * may not run scripts; same-origin only so this window can call print() on it.
 */
export function printHtmlReport(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.setAttribute('aria-hidden', 'true');
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    window.setTimeout(() => frame.remove(), 1000);
  };
  frame.srcdoc = html;
  document.body.appendChild(frame);
}
