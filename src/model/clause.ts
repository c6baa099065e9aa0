// Clauses: the units alignment works on. A text becomes a list of clauses (preamble paragraphs, article
// paragraphs, closing paragraphs) in document order, each with a stable id such as "art-1/p-2".
import { isCutOff, statusOf } from './coverage.js';
import type { Block, TreatyText } from './treaty.js';

export type ClausePart = 'preamble' | 'article' | 'closing';

export interface Clause {
  /** Stable id: "preamble/p-3", "art-4-bis/p-1", "closing/p-1". */
  readonly id: string;
  readonly part: ClausePart;
  /** Article number as written, for article clauses. */
  readonly article?: string;
  /** 1-based paragraph number within its preamble, article or closing. */
  readonly paragraph: number;
  /** Number of paragraphs of the block it belongs to (to write "Art. 4" rather than "Art. 4 ¶1"). */
  readonly paragraphsInBlock: number;
  /** Position in the document, 0-based, over all clauses. */
  readonly order: number;
  /** The text stops inside or right after this paragraph: the rest of its block is not in the corpus. */
  readonly cutOff: boolean;
  readonly text: string;
}

/** "4 bis" → "4-bis": article numbers as written become id-safe. */
export function articleKey(number: string): string {
  return number.trim().toLowerCase().replace(/\s+/g, '-');
}

export function clauseId(part: ClausePart, paragraph: number, article?: string): string {
  const block = part === 'article' ? `art-${articleKey(article ?? '')}` : part;
  return `${block}/p-${paragraph}`;
}

/** The clauses of a text that are in the corpus; missing blocks contribute none. */
export function segmentClauses(text: TreatyText): Clause[] {
  const clauses: Clause[] = [];
  const add = (block: Block | undefined, part: ClausePart, article?: string) => {
    if (!block || statusOf(block) === 'missing') return;
    const cutOffAt = isCutOff(block) ? block.paragraphs.length - 1 : -1;
    block.paragraphs.forEach((paragraph, i) => {
      clauses.push({
        id: clauseId(part, i + 1, article),
        part,
        ...(article !== undefined ? { article } : {}),
        paragraph: i + 1,
        paragraphsInBlock: block.paragraphs.length,
        order: clauses.length,
        cutOff: i === cutOffAt,
        text: paragraph,
      });
    });
  };
  add(text.preamble, 'preamble');
  for (const article of text.articles) add(article, 'article', article.number);
  add(text.closing, 'closing');
  return clauses;
}
