import { STATUS_INFO, statusInfo } from '../verification/statuses';
import type { Evidence, Status } from '../verification/types';
import type { ReportLabels } from './labels';
import { formatTimestamp, type ReportArticle, type ReportClaim, type ReportModel } from './model';

/**
 * Renders the report model as one self-contained, print-ready HTML file: inline CSS only, no
 * scripts, no external resources. Article and user text is hostile data and is always escaped;
 * the Content-Security-Policy is a second line of defence should an escape ever be missed.
 */
export function renderHtml(model: ReportModel): string {
  const l = model.labels;
  const org = model.profile?.organization;
  const title = [l.reportTitle, org, model.generatedAt.slice(0, 10)].filter(Boolean).join(' — ');
  const body: string[] = [];

  body.push('<header class="report-head">', `<h1>${esc(l.reportTitle)}</h1>`, '<dl class="meta">');
  body.push(meta(l.generatedAt, esc(formatTimestamp(model.generatedAt))));
  if (org) {
    const url = model.profile?.organizationUrl;
    body.push(meta(l.organization, esc(org) + (url ? ` (${link(url)})` : '')));
  }
  if (model.profile?.name) body.push(meta(l.preparedBy, esc(model.profile.name)));
  body.push(meta(l.filter, model.scope.length ? model.scope.map(esc).join('<br>') : esc(l.filterAll)));
  body.push('</dl>', '</header>');

  body.push('<section class="summary" aria-labelledby="summary-title">', `<h2 id="summary-title">${esc(l.summary)}</h2>`);
  body.push('<table>', `<thead><tr><th scope="col">${esc(l.status)}</th><th scope="col" class="num">${esc(l.count)}</th></tr></thead>`, '<tbody>');
  for (const s of model.summary) {
    body.push(`<tr><td>${badge(s.status)} ${esc(s.label)}</td><td class="num">${s.count}</td></tr>`);
  }
  body.push(`</tbody><tfoot><tr><th scope="row">${esc(l.total)}</th><td class="num">${model.total}</td></tr></tfoot>`, '</table>');
  if (model.articles.length) {
    body.push(`<h3>${esc(l.articles)}</h3>`, '<ol class="toc">');
    model.articles.forEach((a, i) => body.push(`<li><a href="#article-${i + 1}">${esc(a.title)}</a> (${a.claims.length})</li>`));
    body.push('</ol>');
  }
  body.push('</section>');

  model.articles.forEach((article, i) => renderArticle(body, article, i, l));

  body.push('<section class="recheck" aria-labelledby="recheck-title">', `<h2 id="recheck-title">${esc(l.changedSinceVerified)}</h2>`);
  body.push(`<p class="hint">${esc(model.recheck.length ? l.changedSinceVerifiedHint : l.noRecheck)}</p>`);
  for (const { article, claim, articleNo: ai, claimNo: ci } of model.recheck) {
    const r = claim.recheck!;
    body.push('<div class="recheck-item">');
    body.push(`<h3><a href="#claim-${ai}-${ci}">${esc(article.title)} — ${ci}.</a> ${badge(claim.status)} ${esc(claim.statusLabel)}</h3>`);
    body.push(`<blockquote${langAttr(article)}>${esc(claim.text)}</blockquote>`);
    body.push(`<p>${esc(l.previousStatus)}: <strong>${esc(r.previousStatusLabel)}</strong>${r.previousKey ? ` · ${esc(l.previousKey)}: <code>${esc(r.previousKey)}</code>` : ''}</p>`);
    body.push('<table class="changes">');
    body.push(`<thead><tr><th scope="col">${esc(l.field)}</th><th scope="col">${esc(l.before)}</th><th scope="col">${esc(l.after)}</th></tr></thead><tbody>`);
    for (const c of r.changes) {
      body.push(`<tr><th scope="row">${esc(c.fieldLabel)}</th><td class="before">${c.from === null ? esc(l.none) : esc(c.from)}</td><td class="after">${c.to === null ? esc(l.none) : esc(c.to)}</td></tr>`);
    }
    body.push('</tbody></table>', '</div>');
  }
  body.push('</section>');

  return [
    '<!DOCTYPE html>',
    `<html lang="${model.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Factdesk">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderArticle(out: string[], article: ReportArticle, index: number, l: ReportLabels): void {
  const n = index + 1;
  out.push(`<section class="article" id="article-${n}" aria-labelledby="article-${n}-title">`);
  out.push(`<h2 id="article-${n}-title"${langAttr(article)}>${n}. ${esc(article.title)}</h2>`);
  const facts: string[] = [];
  if (article.path) facts.push(`${esc(l.path)}: <code>${esc(article.path)}</code>`);
  if (article.date) facts.push(`${esc(l.articleDate)}: ${esc(article.date)}`);
  if (article.language) facts.push(`${esc(l.language)}: ${esc(l.languages[article.language])}`);
  facts.push(`${esc(l.claims)}: ${article.claims.length}`);
  out.push(`<p class="source">${facts.join(' · ')}</p>`);
  if (!article.claims.length) out.push(`<p class="hint">${esc(l.noClaims)}</p>`);
  article.claims.forEach((claim, i) => renderClaim(out, article, claim, n, i + 1, l));
  out.push('</section>');
}

function renderClaim(out: string[], article: ReportArticle, c: ReportClaim, articleNo: number, claimNo: number, l: ReportLabels): void {
  out.push(`<article class="claim st-${c.status}" id="claim-${articleNo}-${claimNo}">`);
  const flags: string[] = [];
  if (c.orphaned) flags.push(`<span class="flag orphaned" title="${esc(l.orphanedHint)}">⚠ ${esc(l.orphaned)}</span>`);
  if (c.recheck) flags.push(`<span class="flag recheck">⟳ ${esc(l.needsRecheck)}</span>`);
  const head = [`${claimNo}. ${badge(c.status)} <span class="status-label">${esc(c.statusLabel)}</span> · <span class="kind">${esc(c.kindLabel)}</span>`, ...flags];
  out.push(`<h3 class="claim-head">${head.join(' ')}</h3>`);
  out.push(`<blockquote${langAttr(article)}>${esc(c.text)}</blockquote>`);
  const rows: string[] = [];
  if (c.speaker) rows.push(meta(l.speaker, esc(c.speaker)));
  if (c.date) rows.push(meta(l.date, esc(c.dateLabel ?? c.date) + (c.dateLabel && c.dateLabel !== c.date ? ` <code>${esc(c.date)}</code>` : '') + (c.dateMention ? ` („${esc(c.dateMention)}”)` : '')));
  if (c.quantity) rows.push(meta(l.quantity, esc(c.quantity)));
  if (c.note.trim()) rows.push(meta(l.notes, `<div class="note">${esc(c.note.trim())}</div>`));
  if (c.evidence.length) rows.push(meta(l.evidence, `<ul class="evidence">${c.evidence.map((e) => `<li>${evidenceItem(e, l)}</li>`).join('')}</ul>`));
  if (c.assignee) rows.push(meta(l.assignee, esc(c.assignee)));
  if (c.reviewer) rows.push(meta(l.reviewer, esc(c.reviewer)));
  if (c.lastChange) {
    const ch = c.lastChange;
    rows.push(meta(l.lastChange, `<time datetime="${esc(ch.at)}">${esc(formatTimestamp(ch.at))}</time>, ${esc(ch.by)} — ${esc(ch.text)}`));
  }
  if (c.orphaned) rows.push(meta(l.orphaned, esc(l.orphanedHint)));
  if (rows.length) out.push('<dl>', ...rows, '</dl>');
  out.push('</article>');
}

function evidenceItem(e: Evidence, l: ReportLabels): string {
  const type = `<span class="ev-type">${esc(l.evidenceTypes[e.type] ?? e.type)}:</span> `;
  const value = e.type === 'url' ? link(e.value) : esc(e.value);
  const hash = e.sha256 ? ` <span class="hash">SHA-256 ${esc(e.sha256)}</span>` : '';
  return type + value + hash;
}

function meta(term: string, html: string): string {
  return `<div class="row"><dt>${esc(term)}</dt><dd>${html}</dd></div>`;
}

// Colour and letter together, so the status survives black-and-white print and colour blindness.
function badge(status: Status): string {
  const s = statusInfo(status);
  return `<span class="badge st-${s.status}" aria-hidden="true">${esc(s.icon)} ${esc(s.letter)}</span>`;
}

function langAttr(article: ReportArticle): string {
  return article.language ? ` lang="${article.language}"` : '';
}

// Only plain http(s) URLs become links; javascript:, data: and the like stay inert text.
function link(url: string): string {
  if (!/^https?:\/\/[^\s<>"'`\\]+$/i.test(url)) return esc(url);
  return `<a href="${esc(url)}" rel="noopener noreferrer">${esc(url)}</a>`;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const esc = escapeHtml;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const STATUS_CSS = STATUS_INFO.map(
  (s) => `.badge.st-${s.status}{background:${s.color}}.claim.st-${s.status}{border-left-color:${s.color}}`,
).join('\n');

const STYLE = `
@page{size:A4;margin:16mm 14mm 18mm}
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif;font-size:11pt;line-height:1.4;color:#111827;background:#fff}
body{margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.7rem;margin:0 0 .5rem}
h2{font-size:1.3rem;margin:0 0 .4rem;border-bottom:2px solid #d1d5db;padding-bottom:.2rem}
h3{font-size:1rem;margin:.2rem 0 .4rem}
dl{margin:.3rem 0}
.row{display:flex;gap:.6rem;margin:.1rem 0}
dt{font-weight:600;flex:0 0 11rem;color:#374151}
dd{margin:0;flex:1;overflow-wrap:anywhere}
.meta dt{flex-basis:10rem}
table{border-collapse:collapse;margin:.4rem 0;width:100%}
th,td{border:1px solid #d1d5db;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th,tfoot th{background:#f3f4f6}
.summary table{width:auto;min-width:20rem}
.num{text-align:right}
.badge{display:inline-block;min-width:2.4em;padding:0 .35em;border-radius:.3em;color:#fff;font-weight:700;text-align:center;white-space:nowrap}
.claim{border-left:6px solid #9ca3af;padding:.3rem .7rem;margin:.8rem 0;break-inside:avoid;page-break-inside:avoid}
blockquote{margin:.3rem 0;padding:.3rem .6rem;background:#f9fafb;border:1px solid #e5e7eb;white-space:pre-wrap;overflow-wrap:anywhere}
.note{white-space:pre-wrap}
.evidence{margin:0;padding-left:1.1rem}
.hash{color:#6b7280;font-size:.85em;overflow-wrap:anywhere}
.flag{font-size:.8em;font-weight:600;padding:0 .35em;border:1px solid currentColor;border-radius:.3em}
.orphaned{color:#92400e}
.changes th[scope=row]{white-space:nowrap;width:1%;overflow-wrap:normal}
.recheck .before{background:#fef2f2}
.recheck .after{background:#f0fdf4}
.recheck-item{margin:.8rem 0;break-inside:avoid;page-break-inside:avoid}
.source,.hint{color:#4b5563;margin:.2rem 0 .6rem}
code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
a{color:#1d4ed8}
.article,.recheck{page-break-before:always;break-before:page;padding-top:.5rem}
@media screen{.article,.recheck{border-top:1px dashed #d1d5db;margin-top:2rem}}
@media print{body{max-width:none;padding:0}a{color:inherit;text-decoration:none}}
${STATUS_CSS}
`;
