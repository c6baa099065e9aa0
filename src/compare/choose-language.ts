// Picks the language two treaties are compared in: the one asked for, else English if both have it,
// else the first language of the left treaty that the right one also has.
import { fail, ok, type Result } from '../model/problem.js';
import { selectText } from '../model/select-text.js';
import type { Treaty, TreatyText } from '../model/treaty.js';

export function chooseLanguage(left: Treaty, right: Treaty, lang: string | undefined): Result<[TreatyText, TreatyText]> {
  for (const t of [left, right]) if (t.texts.length === 0) return fail({ code: 'no-text', severity: 'error', args: { treaty: t.id } });
  if (lang !== undefined) {
    const l = selectText(left, lang);
    if (!l.ok) return l;
    const r = selectText(right, lang);
    if (!r.ok) return r;
    return ok([l.value as TreatyText, r.value as TreatyText]);
  }
  const base = (tag: string) => tag.toLowerCase();
  const rightTags = new Map(right.texts.map((t) => [base(t.lang), t]));
  const common = left.texts.filter((t) => rightTags.has(base(t.lang)));
  const pick = common.find((t) => base(t.lang) === 'en') ?? common[0];
  if (!pick) {
    return fail({
      code: 'no-common-language',
      severity: 'error',
      args: { left: left.id, right: right.id, leftLangs: left.texts.map((t) => t.lang), rightLangs: right.texts.map((t) => t.lang) },
    });
  }
  return ok([pick, rightTags.get(base(pick.lang)) as TreatyText]);
}
