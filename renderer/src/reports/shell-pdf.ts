import { FactdeskError, type ShellExtras } from '../../../shared/api';

/** Saves report HTML as a PDF; resolves with where it was saved, or null when the user cancelled. */
export type PdfSaver = (html: string, suggestedName: string) => Promise<string | null>;

/**
 * The Electron shell's "Save as PDF" when the bridge offers it, else null (browser mode: the HTTP
 * server cannot write PDFs, the browser's print dialog does it instead).
 */
export function shellPdfSaver(bridge: unknown): PdfSaver | null {
  const printToPdf = (bridge as ShellExtras | undefined)?.printToPdf;
  if (typeof printToPdf !== 'function') return null;
  return async (html, suggestedName) => {
    const result = await printToPdf(html, suggestedName);
    if (result && result.ok) return result.value.path;
    const error = result && !result.ok ? result.error : { code: 'bad-response', message: 'Malformed answer from the app.' };
    throw new FactdeskError(error.code, error.message);
  };
}

/** The PDF's file name for a report file name (`factdesk-report.html` → `factdesk-report.pdf`). */
export function pdfNameFor(fileName: string): string {
  return `${fileName.replace(/\.html?$/i, '') || 'factdesk-report'}.pdf`;
}
