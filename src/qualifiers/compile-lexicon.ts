// Turns the lexicon's cue patterns into regular expressions: spaces match any run of whitespace, and in
// scripts written with spaces a cue matches whole words only. Compiled per language on first use.
import type { Lexicon, QualifierCategory, QualifierCue } from '../model/qualifier-lexicon.js';

export interface CompiledCue {
  readonly category: QualifierCategory;
  readonly cue: QualifierCue;
  readonly regex: RegExp;
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** The cues for a text's language (its base subtag: "en" for "en-x-kcna"). */
  cuesFor(lang: string): readonly CompiledCue[];
}

// Letters and digits of the space-separated scripts cues are written for, spelled out as ranges: a
// Unicode property class would cost a millisecond to compile for every cue.
const WORD_CHAR = "a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff";
const SPACED_SCRIPTS = new Set(['en', 'fr', 'es', 'de', 'it', 'pt', 'ru', 'uk', 'be', 'bg', 'sr', 'el', 'nl', 'pl', 'cs']);

/** The regular-expression source of a cue: spaces outside character classes become \s+. */
export function cueSource(pattern: string, lang: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? '\\s+' : c;
  }
  return SPACED_SCRIPTS.has(lang) ? `(?<![${WORD_CHAR}])(?:${out})(?![${WORD_CHAR}])` : out;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byLang = new Map<string, CompiledCue[]>();
  return {
    lexicon,
    cuesFor(lang) {
      const base = lang.toLowerCase().split('-')[0] ?? lang;
      let cues = byLang.get(base);
      if (!cues) {
        cues = lexicon.categories.flatMap((category) =>
          (category.cues[base] ?? []).map((cue) => ({ category, cue, regex: new RegExp(cueSource(cue.pattern, base), 'g') })),
        );
        byLang.set(base, cues);
      }
      return cues;
    },
  };
}
