// `treaty diff --format markdown`: a GitHub-flavoured report to paste into an issue or a memo. Deletions
// are ~~struck through~~ and insertions **bold**, so the changes show without colour. A report is also
// printed to terminals: text from the data is made inert (safeText) before Markdown escaping.
import {
  clauseLabel,
  comparisonWarnings,
  hiddenNote,
  linkFacts,
  linkHeading,
  sideLabel,
  summaryLine,
  unmatchedHeading,
  visibleLinks,
} from './diff-words.js';
import { comparisonQualifierLines, linkQualifierLines } from './qualifier-words.js';
import { safeLines, safeText } from './terminal-text.js';
import type { ComparedSide, Comparison, DiffSegment } from '../model/comparison.js';

export function renderDiffMarkdown(c: Comparison, options: { readonly unchanged?: boolean } = {}): string {
  const out: string[] = [`# ${md(`${sideLabel(c.left)} → ${sideLabel(c.right)}`)}`, ''];
  out.push('| | treaty | text |', '|---|---|---|');
  for (const [marker, side] of [['left', c.left], ['right', c.right]] as const) out.push(`| ${marker} | ${sideName(side)} | ${textName(side)} |`);
  out.push('');
  for (const w of comparisonWarnings(c)) out.push(`> **Note:** ${md(w)}`, '>');
  if (out[out.length - 1] === '>') out.pop();
  out.push('', `**Summary:** ${md(summaryLine(c))}`, '');
  const hidden = hiddenNote(c, options.unchanged === true);
  if (hidden) out.push(`*${md(hidden)}*`, '');
  if (!c.summary.differ) out.push('No differences in the text compared.', '');
  for (const link of visibleLinks(c, options.unchanged === true)) {
    out.push(`## ${md(linkHeading(c, link))}`, '', `*${md(linkFacts(link))}*`, '');
    out.push(...redlineParagraphs(link.segments), '');
    const qualifiers = linkQualifierLines(link.qualifiers);
    if (qualifiers.length > 0) out.push('**Qualifiers:**', '', ...qualifiers.map((q) => `- ${md(q)}`), '');
  }
  const overall = comparisonQualifierLines(c);
  if (overall.length > 0) out.push(`## ${md(`Qualifiers across the text compared (${sideLabel(c.left)} → ${sideLabel(c.right)})`)}`, '', ...overall.map((q) => `- ${md(q)}`), '');
  for (const which of ['left', 'right'] as const) {
    const list = which === 'left' ? c.onlyLeft : c.onlyRight;
    if (list.length === 0) continue;
    const side = which === 'left' ? c.left : c.right;
    out.push(`## ${md(unmatchedHeading(c, which))}`, '');
    for (const { clause } of list) {
      out.push(`- **${md(`${sideLabel(side)} ${clauseLabel(clause)}`)}:** ${mdBlock(md(clause.text))}`);
    }
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** A table cell: md escapes the pipes; ids are kebab-case, safe in a code span. */
function sideName(side: ComparedSide): string {
  return `${md(side.treaty.shortTitle)} (\`${side.treaty.id}\`)`;
}

function textName(side: ComparedSide): string {
  const t = side.text;
  return md(`${t.lang}, ${t.kind === 'authentic' ? 'authentic text' : `translation${t.translator ? ` by ${t.translator}` : ''}`}`);
}

/** One paragraph per clause; emphasis markers hug the words (GFM ignores "** word **"). */
function redlineParagraphs(segments: readonly DiffSegment[]): string[] {
  let out = '';
  for (const s of segments) {
    // "\n" joins the clauses of one side of a link: it stays a paragraph break.
    if (s.op === 'equal') out += s.text.split('\n').map(md).join('\n');
    else {
      const [open, close] = s.op === 'delete' ? ['~~', '~~'] : ['**', '**'];
      out += safeLines(s.text)
        .split('\n')
        .map((part) => part.replace(/^(\s*)([\s\S]*?)(\s*)$/, (_m, a: string, body: string, b: string) => (body ? `${a}${open}${md(body)}${close}${b}` : part)))
        .join('\n');
    }
  }
  return out.split('\n').flatMap((p) => [mdBlock(p), '']).slice(0, -1);
}

/**
 * Makes text inert (control characters, escapes and bidi controls become visible marks, as in every text
 * output) and escapes what Markdown would read as inline syntax (emphasis, code, links, HTML, tables).
 * Block syntax only matters at the start of a line: see mdBlock.
 */
export function md(text: string): string {
  return safeText(text).replace(/([\\`*_[\]<>~|])/g, '\\$1');
}

/** A paragraph that must not start a heading, quote, list or numbered list. */
function mdBlock(paragraph: string): string {
  return paragraph.replace(/^(\s*)([#>+-]|\d+[.)])/, (_m, space: string, mark: string) => `${space}\\${mark}`);
}
