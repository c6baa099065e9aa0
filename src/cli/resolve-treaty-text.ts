// The first step of commands that work on one treaty: resolve what the user typed, warn about corpus
// files skipped on the way, and pick the text in the language asked for.
import type { CorpusEntry } from '../corpus/load-corpus.js';
import { loadTreatyRef } from '../corpus/load-treaty-ref.js';
import { fail, ok, type Result } from '../model/problem.js';
import { selectText } from '../model/select-text.js';
import type { TreatyText } from '../model/treaty.js';
import { type CliContext, warnAbout } from './context.js';

export interface TreatyAndText {
  readonly entry: CorpusEntry;
  /** Undefined for a treaty with no text in the corpus (metadata only), unless a language was asked for. */
  readonly text: TreatyText | undefined;
}

export async function resolveTreatyText(ctx: CliContext, ref: string, lang: string | undefined): Promise<Result<TreatyAndText>> {
  const resolved = await loadTreatyRef(ref, ctx.dataDir, { indexes: ctx.corpusIndexes });
  if (!resolved.ok) return resolved;
  warnAbout(ctx, resolved.value.skipped);
  const { entry } = resolved.value;
  const text = selectText(entry.treaty, lang);
  return text.ok ? ok({ entry, text: text.value }) : fail(...text.problems);
}
