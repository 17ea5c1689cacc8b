import type { ReportFile } from '../../../shared/report/types';

const MAX_PREVIEW = 200_000;

/** The report before saving: HTML in a sandboxed frame that runs no scripts, the rest as text. */
export function ReportPreview({ file, format }: { file: ReportFile; format: string }) {
  if (format === 'html') {
    return <iframe className="report-preview report-preview--html" title="Report preview" sandbox="" srcDoc={file.content} />;
  }
  const text = file.content.length > MAX_PREVIEW ? `${file.content.slice(0, MAX_PREVIEW)}\n\n… (preview cut; the saved file is complete)` : file.content;
  return (
    <pre className="report-preview report-preview--text" aria-label="Report preview" tabIndex={0}>
      {text}
    </pre>
  );
}
