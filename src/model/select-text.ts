// Chooses which text of a treaty a command works on: the language asked for, else the first text.
import { fail, ok, type Result } from './problem.js';
import type { Treaty, TreatyText } from './treaty.js';

/**
 * `lang` matches a text's tag exactly (any case) or as a prefix of its subtags ("en" finds "en-x-kcna"
 * when that is the only English text). Without `lang`, the first text listed in the data file.
 */
export function selectText(treaty: Treaty, lang: string | undefined): Result<TreatyText | undefined> {
  if (lang === undefined) return ok(treaty.texts[0]);
  const wanted = lang.toLowerCase();
  const exact = treaty.texts.find((t) => t.lang.toLowerCase() === wanted);
  if (exact) return ok(exact);
  const prefixed = treaty.texts.filter((t) => t.lang.toLowerCase().startsWith(wanted + '-'));
  if (prefixed.length === 1) return ok(prefixed[0]);
  const available = treaty.texts.map((t) => t.lang);
  return fail({
    code: treaty.texts.length === 0 ? 'no-text' : 'lang-unavailable',
    severity: 'error',
    args: { treaty: treaty.id, lang, available: available.length > 0 ? available : ['none'] },
  });
}
