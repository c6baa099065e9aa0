// Clause texts for the diff tests: every paragraph of the bundled corpus and of ../shared/open-treaties.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BUNDLED_DIR = fileURLToPath(new URL('../../data/treaties/', import.meta.url));

/** Lives outside the repository: present on team machines and in CI, absent from a user's fresh clone. */
export const OPEN_TREATIES_DIR = fileURLToPath(new URL('../../../shared/open-treaties/', import.meta.url));
export const hasOpenTreaties = existsSync(OPEN_TREATIES_DIR);

interface BundledText {
  readonly lang: string;
  readonly preamble?: { readonly paragraphs?: readonly string[] };
  readonly articles?: readonly { readonly paragraphs?: readonly string[] }[];
  readonly closing?: { readonly paragraphs?: readonly string[] };
}

export interface Clause {
  readonly where: string;
  readonly lang: string;
  readonly text: string;
}

/** Every paragraph of every text of data/treaties/*.json, in document order. */
export function bundledClauses(): Clause[] {
  const clauses: Clause[] = [];
  for (const file of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const json = JSON.parse(readFileSync(`${BUNDLED_DIR}${file}`, 'utf8')) as { texts: readonly BundledText[] };
    for (const text of json.texts) {
      const blocks = [text.preamble, ...(text.articles ?? []), text.closing];
      blocks.forEach((block, b) =>
        (block?.paragraphs ?? []).forEach((paragraph, p) =>
          clauses.push({ where: `${file} ${text.lang} block ${b} ¶${p + 1}`, lang: text.lang, text: paragraph }),
        ),
      );
    }
  }
  return clauses;
}

interface OpenTreaty {
  readonly preamble_en?: string;
  readonly preamble_zh?: string;
  readonly articles: readonly { readonly content_en?: string; readonly content_zh?: string }[];
}

export function openTreatyFiles(): string[] {
  return hasOpenTreaties ? readdirSync(OPEN_TREATIES_DIR).filter((f) => f.endsWith('.json')).sort() : [];
}

/** The paragraphs (separated by blank lines) of one open-treaties file in one language, in order. */
export function openTreatyClauses(file: string, lang: 'en' | 'zh'): Clause[] {
  const json = JSON.parse(readFileSync(`${OPEN_TREATIES_DIR}${file}`, 'utf8')) as OpenTreaty;
  const texts = [
    lang === 'en' ? json.preamble_en : json.preamble_zh,
    ...json.articles.map((a) => (lang === 'en' ? a.content_en : a.content_zh)),
  ];
  return texts.flatMap((text, t) =>
    (text ?? '')
      .split(/\n[^\S\n]*\n/)
      .filter((paragraph) => paragraph.trim() !== '')
      .map((paragraph, p) => ({ where: `${file} ${lang} #${t} ¶${p + 1}`, lang, text: paragraph })),
  );
}
