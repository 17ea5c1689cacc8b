import { statusInfo } from '../verification/statuses';
import type { Evidence, Status } from '../verification/types';
import { formatTimestamp, type ReportArticle, type ReportClaim, type ReportModel } from './model';
import type { ReportLabels } from './labels';

/** Renders the report model as a Markdown document (CommonMark/GFM; user text cannot inject markup). */
export function renderMarkdown(model: ReportModel): string {
  const l = model.labels;
  const out: string[] = [];
  out.push(`# ${l.reportTitle}`, '');
  const meta = [`${l.generatedAt}: ${mdInline(formatTimestamp(model.generatedAt))}`];
  if (model.profile?.organization) {
    const url = model.profile.organizationUrl ? ` (${mdLink(model.profile.organizationUrl)})` : '';
    meta.push(`${l.organization}: ${mdInline(model.profile.organization)}${url}`);
  }
  if (model.profile?.name) meta.push(`${l.preparedBy}: ${mdInline(model.profile.name)}`);
  meta.push(`${l.filter}: ${model.scope.length ? model.scope.map(mdInline).join('; ') : l.filterAll}`);
  // A backslash at the end of a line is a hard line break in CommonMark.
  out.push(meta.join('\\\n'), '');

  out.push(`## ${l.summary}`, '', `| ${l.status} | ${l.count} |`, '| --- | ---: |');
  for (const s of model.summary) out.push(`| ${badge(s.status)} ${mdInline(s.label)} | ${s.count} |`);
  out.push(`| **${l.total}** | **${model.total}** |`, '');

  model.articles.forEach((article, i) => renderArticle(out, article, i, l));

  out.push(`## ${l.changedSinceVerified}`, '');
  if (!model.recheck.length) out.push(l.noRecheck, '');
  else out.push(l.changedSinceVerifiedHint, '');
  for (const { article, claim, claimNo: n } of model.recheck) {
    const r = claim.recheck!;
    out.push(`### ${mdInline(article.title)} — ${n}. ${badge(claim.status)} ${mdInline(claim.statusLabel)}`, '');
    out.push(`> ${mdInline(claim.text)}`, '');
    out.push(`- ${l.previousStatus}: ${mdInline(r.previousStatusLabel)}`);
    if (r.previousKey) out.push(`- ${l.previousKey}: ${mdInline(r.previousKey)}`);
    out.push('', `| ${l.field} | ${l.before} | ${l.after} |`, '| --- | --- | --- |');
    for (const c of r.changes) {
      out.push(`| ${mdInline(c.fieldLabel)} | ${c.from === null ? l.none : mdInline(c.from)} | ${c.to === null ? l.none : mdInline(c.to)} |`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function renderArticle(out: string[], article: ReportArticle, index: number, l: ReportLabels): void {
  out.push(`## ${index + 1}. ${mdInline(article.title)}`, '');
  if (article.path) out.push(`- ${l.path}: ${mdInline(article.path)}`);
  if (article.date) out.push(`- ${l.articleDate}: ${mdInline(article.date)}`);
  if (article.language) out.push(`- ${l.language}: ${l.languages[article.language]}`);
  out.push(`- ${l.claims}: ${article.claims.length}`, '');
  if (!article.claims.length) out.push(l.noClaims, '');
  article.claims.forEach((claim, i) => renderClaim(out, claim, i, l));
}

function renderClaim(out: string[], c: ReportClaim, index: number, l: ReportLabels): void {
  out.push(`### ${index + 1}. ${badge(c.status)} ${mdInline(c.statusLabel)} · ${mdInline(c.kindLabel)}`, '');
  out.push(`> ${mdInline(c.text)}`, '');
  const items: string[] = [];
  if (c.speaker) items.push(`- ${l.speaker}: ${mdInline(c.speaker)}`);
  if (c.date) items.push(`- ${l.date}: ${mdInline(c.dateLabel ?? c.date)}${c.dateLabel && c.dateLabel !== c.date ? ` \`${c.date}\`` : ''}${c.dateMention ? ` („${mdInline(c.dateMention)}”)` : ''}`);
  if (c.quantity) items.push(`- ${l.quantity}: ${mdInline(c.quantity)}`);
  if (c.note.trim()) items.push(`- ${l.notes}: ${mdBlock(c.note, '  ')}`);
  if (c.evidence.length) {
    items.push(`- ${l.evidence}:`);
    for (const e of c.evidence) items.push(`  - ${evidenceLine(e, l)}`);
  }
  if (c.assignee) items.push(`- ${l.assignee}: ${mdInline(c.assignee)}`);
  if (c.reviewer) items.push(`- ${l.reviewer}: ${mdInline(c.reviewer)}`);
  if (c.lastChange) {
    const ch = c.lastChange;
    items.push(`- ${l.lastChange}: ${mdInline(formatTimestamp(ch.at))}, ${mdInline(ch.by)} — ${mdInline(ch.text)}`);
  }
  if (c.orphaned) items.push(`- ⚠ **${l.orphaned}**: ${l.orphanedHint}`);
  if (c.recheck) items.push(`- ⟳ **${l.needsRecheck}** (${l.previousStatus}: ${mdInline(c.recheck.previousStatusLabel)})`);
  if (items.length) out.push(...items, '');
}

function evidenceLine(e: Evidence, l: ReportLabels): string {
  const type = l.evidenceTypes[e.type] ?? e.type;
  const value = e.type === 'url' ? mdLink(e.value) : mdInline(e.value);
  const hash = e.sha256 ? ` (SHA-256 ${mdInline(e.sha256)})` : '';
  return `${type}: ${value}${hash}`;
}

// Status in plain text: icon and letter, so it reads without colour (Markdown has none).
function badge(status: Status): string {
  const s = statusInfo(status);
  return `${s.icon} **${s.letter}**`;
}

/** Escapes user text for one line of Markdown (heading, list item, table cell): no markup, no line breaks. */
export function mdInline(text: string): string {
  return escapeLineStart(escapeChars(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')));
}

/** Escapes multi-line user text for a list item: lines become hard breaks, paragraphs stay apart. */
export function mdBlock(text: string, indent: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => escapeLineStart(escapeChars(line)))
        .join(`\\\n${indent}`),
    )
    .filter((p) => p !== '');
  return paragraphs.join(`\n\n${indent}`);
}

// Inline markup (emphasis, code, links, raw HTML, tables, strikethrough) and entity references.
function escapeChars(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

// Block markup that only counts at the start of a line: lists, setext underlines, ordered lists.
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

// Only plain http(s) URLs become autolinks; anything else (javascript:, data:) stays inert text.
function mdLink(url: string): string {
  return /^https?:\/\/[^\s<>"'`\\]+$/i.test(url) ? `<${url}>` : mdInline(url);
}
