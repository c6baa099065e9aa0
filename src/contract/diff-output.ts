// JSON contract of `treaty diff --format json`: versioned, documented, and mapped field by field from
// the comparison (src/render/diff-json.ts), never a dump of internal objects.
import { z } from 'zod';
import { DIFF_SCHEMA_VERSION } from './schema-versions.js';
import { coverageOutput } from './common.js';

const clauseAddress = z
  .object({
    id: z.string().describe('Stable clause id: "preamble/p-3", "art-1/p-2", "closing/p-1".'),
    part: z.enum(['preamble', 'article', 'closing']),
    article: z.string().nullable().describe('Article number as written, for article clauses.'),
    paragraph: z.int().describe('1-based paragraph number within its part or article.'),
    label: z.string().describe('How the clause is written in text output: "Art. 1 ¶2", "Preamble ¶3".'),
  })
  .describe('Where a clause is.');

const sideOutput = z.object({
  id: z.string(),
  label: z.string().describe('Short name used in output (first alias, else id).'),
  title: z.string(),
  shortTitle: z.string(),
  lang: z.string(),
  kind: z.enum(['authentic', 'translation']),
  numbering: z.enum(['source', 'editorial', 'mixed']).describe('Whether the article numbers are the source\'s or supplied by the corpus.'),
  coverage: coverageOutput,
  selection: z.string().nullable().describe('The part compared when the user addressed one ("Art. 1 ¶2"), else null.'),
  clauses: z.int().describe('Number of clauses compared.'),
});

const segment = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

const qualifierMatch = z.object({
  label: z.string().describe('What the wording means, e.g. "domestic law of both parties".'),
  text: z.string().describe('The words as the clause has them.'),
  start: z.int().describe('Offset of the words in the link side\'s text (clauses joined with "\\n"), or in the clause.'),
  end: z.int(),
  key: z.string().describe('Equal for wordings that say the same (case, spacing and the order of listed parties ignored).'),
});

const qualifierChange = z
  .enum(['added', 'removed', 'kept', 'reworded', 'unknown'])
  .describe('unknown: found on one side only, and the other side may lack it because its text is not all in this corpus.');

const qualifierDifference = z.object({
  code: z.string().describe('Category code from the lexicon, e.g. "un-charter-article-51".'),
  role: z.string().describe('precondition, trigger, adversary, timing, means, condition, procedure, undertaking, limitation or reference.'),
  change: qualifierChange,
  left: z.array(qualifierMatch),
  right: z.array(qualifierMatch),
});

export const diffOutput = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    lang: z.string().describe('Language both texts were compared in.'),
    left: sideOutput,
    right: sideOutput,
    summary: z.object({
      linked: z.int(),
      identical: z.int(),
      modified: z.int(),
      split: z.int(),
      merged: z.int(),
      renumbered: z.int(),
      moved: z.int(),
      onlyLeft: z.int(),
      onlyRight: z.int(),
      overlap: z.number().describe('Jaccard overlap (1 − distance) of 5-character shingles over all compared text.'),
      differ: z.boolean().describe('false only when every clause is identical and in place.'),
    }),
    links: z.array(
      z.object({
        left: z.array(clauseAddress).describe('One clause, or several for a merge.'),
        right: z.array(clauseAddress).describe('One clause, or several for a split.'),
        kind: z.enum(['identical', 'modified', 'split', 'merged']),
        placement: z.enum(['in-place', 'renumbered', 'moved']).describe('moved: the link crosses others (out of document order).'),
        matchedBy: z.enum(['identical-text', 'similarity', 'containment', 'address']),
        overlap: z.number().describe('Jaccard overlap of 5-character shingles between the two sides.'),
        score: z.number().describe('Alignment score the link was chosen on.'),
        diff: z.array(segment).describe('Word diff. equal+delete rebuild the left text, equal+insert the right; several clauses are joined with "\\n".'),
        qualifiers: z.array(qualifierDifference).describe('Qualifier categories found on either side, and how they changed.'),
      }),
    ),
    qualifiers: z
      .array(
        qualifierDifference.extend({
          left: z.array(qualifierMatch.extend({ clause: clauseAddress })),
          right: z.array(qualifierMatch.extend({ clause: clauseAddress })),
        }),
      )
      .describe('Qualifiers across all the clauses compared: they also move between articles.'),
    onlyLeft: z.array(
      z.object({
        clause: clauseAddress,
        text: z.string(),
        counterpartMayBeMissing: z.boolean().describe('The other text is partial: a counterpart may be in the part not in this corpus.'),
      }),
    ),
    onlyRight: z.array(
      z.object({
        clause: clauseAddress,
        text: z.string(),
        counterpartMayBeMissing: z.boolean(),
      }),
    ),
  })
  .describe('Comparison of two treaty texts (treaty diff --format json).');

export type DiffOutput = z.infer<typeof diffOutput>;
export type ClauseAddressOutput = z.infer<typeof clauseAddress>;
