// Synthetic edits of a treaty text whose right answer is known: articles moved, deleted, inserted and
// renumbered, paragraphs split, merged and reworded, with the gold clause links between the original
// (left) and the edited text (right). For alignment tests and benchmarks.
import { clauseId } from '../model/clause.js';
import { statusOf } from '../model/coverage.js';
import type { Article, TreatyText } from '../model/treaty.js';
import { createRandom, type Random } from './create-random.js';

/** Clauses of the left text that became these clauses of the right text; ids as `segmentClauses` gives them. */
export interface GoldLink {
  readonly left: readonly string[];
  readonly right: readonly string[];
}

export type PerturbOperation = 'move' | 'delete' | 'insert' | 'split' | 'merge' | 'reword';

export interface PerturbOptions {
  readonly seed: number;
  /** Fraction of articles touched by an operation (e.g. 0.1). */
  readonly touch: number;
  /** Operations to draw from. */
  readonly operations: readonly PerturbOperation[];
  /** Max fraction of words reworded in a reworded paragraph (e.g. 0.15). */
  readonly reword?: number;
  /** Shift every article number by this much after the first touched one (renumbering). */
  readonly renumberFrom?: number;
}

/** One operation as it was applied. */
export interface AppliedOperation {
  readonly operation: PerturbOperation;
  /** Number in the original text of the article it touched; for insert, the article the new one follows. */
  readonly article: string;
}

export interface Perturbed {
  readonly text: TreatyText;
  /** Every link between the texts: unchanged and reworded clauses 1:1, splits 1:2, merges 2:1. */
  readonly gold: readonly GoldLink[];
  /** What was done, in the order it was done. */
  readonly applied: readonly AppliedOperation[];
}

const DEFAULT_REWORD = 0.15;
/** Neither half of a split paragraph may be shorter than this many characters. */
const MIN_SPLIT_PART = 15;

interface Paragraph {
  readonly text: string;
  /** Ids of the left clauses it comes from; empty for inserted text. */
  readonly from: readonly string[];
}

interface WorkArticle {
  readonly article: Article;
  /** Number in the original text; undefined for an inserted article. */
  readonly original: string | undefined;
  paragraphs: Paragraph[];
  gaps: number[] | undefined;
  /** Numbers shift from the first article marked so (see renumberFrom). */
  touched: boolean;
}

/**
 * Applies `options.operations` to a `touch` fraction of the articles of `text`, one operation per article,
 * and returns the edited text with its gold links. Deterministic: the same text and options give the same
 * result. Paragraph-level operations touch articles only, never the preamble or closing.
 *
 * Article numbers: when articles are moved, deleted or inserted, or `renumberFrom` is given, all articles
 * are numbered 1, 2, 3 … in their new order (so "4 bis" or "IV" become integers), and those from the first
 * touched article on are shifted by `renumberFrom`. Otherwise every article keeps its number. A label that
 * contains the old number gets the new one; any other label is dropped, since it would now be wrong.
 *
 * Throws a RangeError for options out of range: they come from code, not from users.
 */
export function perturbText(text: TreatyText, options: PerturbOptions): Perturbed {
  const reword = options.reword ?? DEFAULT_REWORD;
  const shift = options.renumberFrom ?? 0;
  if (!(options.touch >= 0 && options.touch <= 1)) throw new RangeError(`touch must be in [0, 1], got ${options.touch}`);
  if (!(reword > 0 && reword <= 1)) throw new RangeError(`reword must be in (0, 1], got ${reword}`);
  if (!Number.isInteger(shift) || shift < 0) throw new RangeError(`renumberFrom must be a non-negative integer, got ${shift}`);

  const random = createRandom(options.seed);
  const words = wordPool(text);
  const articles: WorkArticle[] = text.articles.map((article) => ({
    article,
    original: article.number,
    paragraphs: article.paragraphs.map((p, i) => ({ text: p, from: [clauseId('article', i + 1, article.number)] })),
    gaps: article.gaps ? [...article.gaps] : undefined,
    touched: false,
  }));

  const operations = [...new Set(options.operations)];
  const wanted = operations.length === 0 || options.touch === 0 ? 0 : Math.max(1, Math.round(options.touch * articles.length));
  const applied: AppliedOperation[] = [];
  let structural = false;
  // Candidates in a random order; one that no operation applies to (a missing article cannot be split) is
  // passed over, so that `touch` articles are touched whenever that many can be.
  for (const target of random.shuffle([...articles])) {
    if (applied.length >= wanted) break;
    const context: Context = { articles, target, random, words, reword };
    const possible = operations.filter((op) => OPERATIONS[op].applies(context));
    if (possible.length === 0) continue;
    const operation = random.pick(possible);
    OPERATIONS[operation].apply(context);
    structural ||= operation === 'move' || operation === 'delete' || operation === 'insert';
    applied.push({ operation, article: target.original ?? '' });
  }

  const renumber = structural || shift > 0;
  const firstTouched = Math.max(0, articles.findIndex((a) => a.touched));
  const outArticles = articles.map((work, i) => {
    const number = renumber ? String(i + 1 + (i >= firstTouched ? shift : 0)) : work.article.number;
    return buildArticle(work, number);
  });
  const out: TreatyText = { ...text, articles: outArticles };
  return { text: out, gold: goldLinks(text, out, articles), applied };
}

interface Context {
  readonly articles: WorkArticle[];
  readonly target: WorkArticle;
  readonly random: Random;
  readonly words: WordPool;
  readonly reword: number;
}

interface Operation {
  applies(c: Context): boolean;
  apply(c: Context): void;
}

const hasText = (work: WorkArticle) => statusOf(work.article) !== 'missing' && work.paragraphs.length > 0;

const OPERATIONS: Readonly<Record<PerturbOperation, Operation>> = {
  move: {
    applies: (c) => c.articles.length >= 2,
    apply({ articles, target, random }) {
      const from = articles.indexOf(target);
      articles.splice(from, 1);
      const places = [...Array(articles.length + 1).keys()].filter((i) => i !== from);
      articles.splice(random.pick(places), 0, target);
      target.touched = true;
    },
  },
  delete: {
    // The format requires at least one article in a text.
    applies: (c) => c.articles.length >= 2,
    apply({ articles, target }) {
      const at = articles.indexOf(target);
      articles.splice(at, 1);
      const next = articles[at];
      if (next) next.touched = true;
    },
  },
  insert: {
    applies: (c) => c.words.latin.length + c.words.han.length > 0,
    apply({ articles, target, random, words }) {
      const count = random.int(1, 2);
      const paragraphs = Array.from({ length: count }, () => ({ text: inventParagraph(words, random), from: [] }));
      articles.splice(articles.indexOf(target) + 1, 0, {
        article: { number: '0', paragraphs: [] },
        original: undefined,
        paragraphs,
        gaps: undefined,
        touched: true,
      });
    },
  },
  split: {
    applies: (c) => hasText(c.target) && c.target.paragraphs.some((p) => splitPoints(p.text).length > 0),
    apply({ target, random }) {
      const choices = target.paragraphs.flatMap((p, i) => (splitPoints(p.text).length > 0 ? [i] : []));
      const i = random.pick(choices);
      const paragraph = target.paragraphs[i] as Paragraph;
      const at = random.pick(splitPoints(paragraph.text));
      const parts = [paragraph.text.slice(0, at).trimEnd(), paragraph.text.slice(at).trimStart()];
      target.paragraphs.splice(i, 1, ...parts.map((part) => ({ text: part, from: paragraph.from })));
      // A gap recorded after paragraph i now comes after its second half.
      target.gaps = target.gaps?.map((g) => (g > i ? g + 1 : g));
      target.touched = true;
    },
  },
  merge: {
    applies: (c) => hasText(c.target) && mergePoints(c.target).length > 0,
    apply({ target, random }) {
      const i = random.pick(mergePoints(target));
      const a = target.paragraphs[i] as Paragraph;
      const b = target.paragraphs[i + 1] as Paragraph;
      const joiner = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u.test(a.text) ? '' : ' ';
      target.paragraphs.splice(i, 2, { text: a.text + joiner + b.text, from: [...a.from, ...b.from] });
      target.gaps = target.gaps?.map((g) => (g > i + 1 ? g - 1 : g));
      target.touched = true;
    },
  },
  reword: {
    applies: (c) => hasText(c.target) && c.target.paragraphs.some((p) => rewordable(p.text, c.reword, c.words)),
    apply({ target, random, words, reword }) {
      const choices = target.paragraphs.flatMap((p, i) => (rewordable(p.text, reword, words) ? [i] : []));
      const i = random.pick(choices);
      const paragraph = target.paragraphs[i] as Paragraph;
      target.paragraphs[i] = { text: rewordParagraph(paragraph.text, reword, words, random), from: paragraph.from };
      target.touched = true;
    },
  },
};

/** Places where paragraphs i and i + 1 can be merged: not across a gap, where text is missing. */
function mergePoints(work: WorkArticle): number[] {
  const points: number[] = [];
  for (let i = 0; i + 1 < work.paragraphs.length; i++) if (!work.gaps?.includes(i + 1)) points.push(i);
  return points;
}

// Sentence ends first; a paragraph that is one long sentence (most treaty paragraphs are) is split where a
// clause ends instead, then at a comma.
const BOUNDARIES = [
  /[.!?]["'”’)\]]*\s+|[。！？][」』”’）]*\s*/gu,
  /[;:][”’)\]]*\s+|[；：]\s*/gu,
  /,[”’)\]]*\s+|[，、]\s*/gu,
];

/** Offsets where a paragraph can be split, at the strongest kind of boundary it has. */
function splitPoints(paragraph: string): number[] {
  for (const boundary of BOUNDARIES) {
    const points = [...paragraph.matchAll(boundary)]
      .map((m) => m.index + m[0].length)
      .filter((at) => paragraph.slice(0, at).trim().length >= MIN_SPLIT_PART && paragraph.slice(at).trim().length >= MIN_SPLIT_PART);
    if (points.length > 0) return points;
  }
  return [];
}

// A Han character is a word of its own (Chinese is not written with spaces); elsewhere a word is a run of
// letters, marks and digits. Done by hand rather than with Intl.Segmenter so that the output does not
// depend on the ICU version Node was built with.
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

interface WordPool {
  readonly latin: readonly string[];
  readonly han: readonly string[];
  /** Distinct words in lower case, to tell quickly whether a word has any replacement. */
  readonly distinct: ReadonlySet<string>;
}

const isHan = (word: string) => /^\p{Script=Han}$/u.test(word);
const isWord = (token: string) => /\p{L}/u.test(token);
const sourceFor = (word: string, pool: WordPool) => (isHan(word) ? pool.han : pool.latin);

/** Every word of the text, with repeats, so that replacements follow the text's own word frequencies. */
function wordPool(text: TreatyText): WordPool {
  const latin: string[] = [];
  const han: string[] = [];
  const blocks = [text.preamble, ...text.articles, text.closing];
  for (const block of blocks)
    for (const paragraph of block?.paragraphs ?? [])
      for (const [token] of paragraph.matchAll(WORD)) if (isWord(token)) (isHan(token) ? han : latin).push(token);
  return { latin, han, distinct: new Set([...latin, ...han].map((w) => w.toLowerCase())) };
}

function hasReplacement(word: string, pool: WordPool): boolean {
  const kind = isHan(word);
  const lower = word.toLowerCase();
  for (const other of pool.distinct) if (other !== lower && isHan(other) === kind) return true;
  return false;
}

function rewordable(paragraph: string, fraction: number, pool: WordPool): boolean {
  const words = [...paragraph.matchAll(WORD)].filter(([t]) => isWord(t));
  return Math.floor(words.length * fraction) >= 1 && words.some(([t]) => hasReplacement(t, pool));
}

/** Replaces between 1 and `fraction` of the words (at least one) with other words of the text. */
function rewordParagraph(paragraph: string, fraction: number, pool: WordPool, random: Random): string {
  const words = [...paragraph.matchAll(WORD)].filter(([t]) => isWord(t));
  const candidates = words.filter(([t]) => hasReplacement(t, pool));
  const count = random.int(1, Math.floor(words.length * fraction));
  // From the end, so that the offsets of the words still to be replaced stay valid.
  const chosen = random
    .shuffle(candidates)
    .slice(0, count)
    .sort((a, b) => b.index - a.index);
  let out = paragraph;
  for (const match of chosen) {
    const source = sourceFor(match[0], pool);
    // Start at a random word and take the first that differs: a draw weighted by frequency that always ends.
    const start = random.int(0, source.length - 1);
    for (let k = 0; k < source.length; k++) {
      const replacement = source[(start + k) % source.length] as string;
      if (replacement.toLowerCase() === match[0].toLowerCase()) continue;
      out = out.slice(0, match.index) + matchCase(replacement, match[0]) + out.slice(match.index + match[0].length);
      break;
    }
  }
  return out;
}

/** "The" in place of "effort" becomes "the": the first letter follows the word replaced. */
function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  const upper = first !== first.toLowerCase();
  const head = replacement.charAt(0);
  return (upper ? head.toUpperCase() : head.toLowerCase()) + replacement.slice(1);
}

/** A paragraph of 12 to 30 words of the text in random order: text no clause of the original matches. */
function inventParagraph(pool: WordPool, random: Random): string {
  const han = pool.han.length > pool.latin.length;
  const source = han ? pool.han : pool.latin;
  const words = Array.from({ length: random.int(12, 30) }, () => random.pick(source));
  if (han) return `${words.join('')}。`;
  const sentence = words.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function buildArticle(work: WorkArticle, number: string): Article {
  const { label, gaps: _gaps, number: oldNumber, ...rest } = work.article;
  const renamed = label === undefined || number === oldNumber ? label : relabel(label, oldNumber, number);
  return {
    ...rest,
    number,
    ...(renamed !== undefined ? { label: renamed } : {}),
    paragraphs: work.paragraphs.map((p) => p.text),
    ...(work.gaps !== undefined ? { gaps: work.gaps } : {}),
  };
}

/** "Article 4" → "Article 7"; undefined when the label does not contain the old number as a word. */
function relabel(label: string, from: string, to: string): string | undefined {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  return pattern.test(label) ? label.replace(pattern, `$1${to}`) : undefined;
}

/**
 * Gold links are the connected groups of left and right clauses: a clause left alone is one pair, a split
 * paragraph one left id with its two halves, a merge two left ids with their union. Clauses on one side
 * only (deleted, inserted) have no link.
 */
function goldLinks(left: TreatyText, right: TreatyText, work: readonly WorkArticle[]): GoldLink[] {
  const order = new Map<string, number>();
  const note = (id: string) => order.set(id, order.size);
  left.preamble?.paragraphs.forEach((_, i) => note(clauseId('preamble', i + 1)));
  left.articles.forEach((a) => {
    if (statusOf(a) !== 'missing') a.paragraphs.forEach((_, i) => note(clauseId('article', i + 1, a.number)));
  });
  left.closing?.paragraphs.forEach((_, i) => note(clauseId('closing', i + 1)));

  // Right clause → left clauses it comes from, in right-text order.
  const edges: Array<[string, readonly string[]]> = [];
  const same = (part: 'preamble' | 'closing') =>
    statusOf(right[part]) === 'missing' ? [] : (right[part]?.paragraphs ?? []).map((_, i): [string, string[]] => [clauseId(part, i + 1), [clauseId(part, i + 1)]]);
  edges.push(...same('preamble'));
  right.articles.forEach((article, k) => {
    if (statusOf(article) === 'missing') return;
    (work[k]?.paragraphs ?? []).forEach((p, i) => edges.push([clauseId('article', i + 1, article.number), p.from]));
  });
  edges.push(...same('closing'));

  const links = new Map<string, { left: string[]; right: string[] }>();
  const groupOf = new Map<string, { left: string[]; right: string[] }>();
  for (const [rightId, from] of edges) {
    if (from.length === 0) continue;
    // Each left clause feeds one group at most: a split shares its left id, a merge its right id.
    const group = from.map((id) => groupOf.get(id)).find((g) => g !== undefined) ?? { left: [], right: [] };
    group.right.push(rightId);
    for (const id of from)
      if (!groupOf.has(id)) {
        groupOf.set(id, group);
        group.left.push(id);
      }
    links.set(group.left[0] as string, group);
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...links.values()]
    .map((g) => ({ left: [...g.left].sort((a, b) => rank(a) - rank(b)), right: g.right }))
    .sort((a, b) => rank(a.left[0] as string) - rank(b.left[0] as string));
}
