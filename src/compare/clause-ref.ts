// Clause addressing: "1961:1" (Article 1 of treaty 1961), "1961:1.2" (its second paragraph),
// "2024:preamble", "2024:preamble.3". Splits what the user typed into a treaty ref and a selection.
import type { ClauseSelection } from '../model/comparison.js';

export interface ClauseRef {
  readonly ref: string;
  readonly selection?: ClauseSelection;
}

// The part after the last ":" is a selection only if it looks like one, so Windows drive letters
// ("C:\treaties\x.json") and paths with colons stay whole.
const SELECTION = /^(preamble|closing|(?:art(?:icle)?\.?\s*)?[0-9IVXLCDMivxlcdm]+(?:[\s-]*[A-Za-z]+)?)(?:\.(\d+))?$/;

export function parseClauseRef(input: string): ClauseRef {
  const colon = input.lastIndexOf(':');
  if (colon <= 0 || colon === input.length - 1) return { ref: input };
  const ref = input.slice(0, colon);
  const tail = input.slice(colon + 1).trim();
  if (/^[A-Za-z]$/.test(ref) || /[\\/]/.test(tail)) return { ref: input };
  const match = SELECTION.exec(tail);
  if (!match) return { ref: input };
  const [, block = '', paragraph] = match;
  return { ref, selection: { block: block.toLowerCase() === 'preamble' || block.toLowerCase() === 'closing' ? block.toLowerCase() : block, ...(paragraph ? { paragraph: Number(paragraph) } : {}) } };
}

/** "Art. 1 ¶2", "Preamble ¶3", "Closing": how a selection is written back to the user. */
export function describeSelection(selection: ClauseSelection): string {
  const block =
    selection.block === 'preamble' ? 'Preamble' : selection.block === 'closing' ? 'Closing' : `Art. ${selection.block.replace(/^art(icle)?\.?\s*/i, '')}`;
  return selection.paragraph !== undefined ? `${block} ¶${selection.paragraph}` : block;
}
