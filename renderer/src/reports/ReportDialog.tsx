import { useEffect, useMemo, useRef, useState } from 'react';
import type { FactdeskClient } from '../../../shared/api';
import type { ReportFile, ReportFormat, ReportLanguage } from '../../../shared/report/types';
import type { SourceInfo } from '../../../shared/sources';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorMessage } from '../ui/errors';
import { formatSize } from '../ui/format';
import { Modal } from '../ui/Modal';
import { ProgressBar } from '../ui/ProgressBar';
import { downloadReport, printHtmlReport } from './download';
import { ImportRecords } from './ImportRecords';
import { ReportFilters } from './ReportFilters';
import { apiFilter, FORMATS, loadReportOptions, saveReportOptions, type ReportOptions } from './report-options';
import { ReportPreview } from './ReportPreview';
import { pdfNameFor, shellPdfSaver } from './shell-pdf';

/** Progress and outcome of printing or saving a PDF. */
interface PdfState {
  busy: 'print' | 'pdf' | null;
  message: string | null;
  error: string | null;
}

const PDF_IDLE: PdfState = { busy: null, message: null, error: null };

/** Reports: format, filters, label language, live preview, save / print, and import. */
export function ReportDialog({
  open,
  client,
  sources,
  onClose,
  onImported,
}: {
  open: boolean;
  client: FactdeskClient;
  sources: SourceInfo[];
  onClose: () => void;
  onImported: () => void;
}) {
  return (
    <Modal open={open} title="Report" onClose={onClose} wide>
      <ReportBody client={client} sources={sources} onClose={onClose} onImported={onImported} />
    </Modal>
  );
}

function ReportBody({
  client,
  sources,
  onClose,
  onImported,
}: {
  client: FactdeskClient;
  sources: SourceInfo[];
  onClose: () => void;
  onImported: () => void;
}) {
  const [options, setOptions] = useState<ReportOptions>(loadReportOptions);
  const [file, setFile] = useState<{ file: ReportFile; format: ReportFormat } | null>(null);
  const [building, setBuilding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pdf, setPdf] = useState<PdfState>(PDF_IDLE);
  const request = useRef(0);
  // Only the Electron shell can write a PDF itself; the browser prints instead.
  const savePdf = useMemo(() => shellPdfSaver((window as unknown as { factdesk?: unknown }).factdesk), []);

  const update = (next: ReportOptions) => {
    setOptions(next);
    saveReportOptions(next);
    setPdf(PDF_IDLE);
  };

  // Preview follows the options, debounced so ticking several boxes builds once.
  useEffect(() => {
    const id = ++request.current;
    const timer = window.setTimeout(() => {
      setBuilding(true);
      setError(null);
      client
        .call('buildReport', { format: options.format, filter: apiFilter(options.filter), lang: options.lang })
        .then(
          (f) => id === request.current && setFile({ file: f, format: options.format }),
          (e: unknown) => {
            if (id !== request.current) return;
            setFile(null);
            setError(errorMessage(e));
          },
        )
        .finally(() => id === request.current && setBuilding(false));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [client, options]);

  const current = file && file.format === options.format && !building ? file.file : null;

  const onPrint = async (html: string) => {
    setPdf({ busy: 'print', message: null, error: null });
    const printed = await printHtmlReport(html);
    setPdf({
      busy: null,
      message: null,
      error: printed ? null : 'The browser did not open its print dialog. Save the HTML report and print it from the browser instead.',
    });
  };

  const onSavePdf = async (report: ReportFile) => {
    if (!savePdf) return;
    setPdf({ busy: 'pdf', message: null, error: null });
    try {
      const path = await savePdf(report.content, pdfNameFor(report.fileName));
      setPdf({ busy: null, message: path ? `PDF saved to ${path}` : 'PDF not saved.', error: null });
    } catch (e) {
      setPdf({ busy: null, message: null, error: errorMessage(e) });
    }
  };

  return (
    <div className="report">
      <div className="report__options">
        <div className="report__row">
          <label className="stacked">
            <span>Format</span>
            <select className="select" value={options.format} onChange={(e) => update({ ...options, format: e.target.value as ReportFormat })}>
              {FORMATS.map((f) => (
                <option key={f.format} value={f.format}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label className="stacked">
            <span>Label language</span>
            <select className="select" value={options.lang} onChange={(e) => update({ ...options, lang: e.target.value as ReportLanguage })}>
              <option value="en">English</option>
              <option value="pl">Polski</option>
            </select>
          </label>
        </div>
        <ReportFilters filter={options.filter} sources={sources} onChange={(filter) => update({ ...options, filter })} />
        <ImportRecords client={client} onImported={onImported} />
      </div>
      <div className="report__preview">
        <div className="report__preview-head">
          <h3 className="subhead">Preview</h3>
          {current && (
            <span className="muted small mono">
              {current.fileName} · {formatSize(new Blob([current.content]).size)}
            </span>
          )}
        </div>
        {building && <ProgressBar label="Building report" />}
        <ErrorAlert message={error} />
        {file && <div className={building ? 'is-stale report__frame' : 'report__frame'}>{<ReportPreview file={file.file} format={file.format} />}</div>}
        {options.format === 'html' && !savePdf && (
          <p className="muted small">Print / Save as PDF opens the browser's print dialog: choose “Save as PDF” as the destination.</p>
        )}
        <ErrorAlert message={pdf.error} />
        {pdf.message && (
          <p className="muted small" role="status">
            {pdf.message}
          </p>
        )}
        <div className="modal__actions">
          {options.format === 'html' && (
            <button type="button" className="btn" disabled={!current || pdf.busy !== null} onClick={() => current && void onPrint(current.content)}>
              {savePdf ? 'Print…' : 'Print / Save as PDF…'}
            </button>
          )}
          {options.format === 'html' && savePdf && (
            <button type="button" className="btn" disabled={!current || pdf.busy !== null} onClick={() => current && void onSavePdf(current)}>
              {pdf.busy === 'pdf' ? 'Saving PDF…' : 'Save as PDF…'}
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
          <button type="button" className="btn btn--primary" disabled={!current} onClick={() => current && downloadReport(current)}>
            Save…
          </button>
        </div>
      </div>
    </div>
  );
}
