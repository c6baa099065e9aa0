// Treaties from ../shared/open-treaties/, converted to our format, for tests that need complete texts.
import { existsSync, readFileSync } from 'node:fs';
import { convertOpenTreaty } from '../../src/import/from-open-treaties.js';
import { treatySchema, type TreatyText } from '../../src/model/treaty.js';
import { OPEN_TREATIES } from './shared.js';

export const hasOpenTreaties = existsSync(OPEN_TREATIES);

export function openTreatyText(id: string, lang = 'en'): TreatyText {
  const converted = convertOpenTreaty(JSON.parse(readFileSync(`${OPEN_TREATIES}${id}.json`, 'utf8')), { id });
  if (!converted.ok) throw new Error(`cannot convert ${id}: ${JSON.stringify(converted.problems)}`);
  const text = treatySchema.parse(converted.value).texts.find((t) => t.lang === lang);
  if (!text) throw new Error(`${id} has no ${lang} text`);
  return text;
}

export function openTreatiesSuite(title: string): string {
  return hasOpenTreaties ? title : `${title} [skipped: ../shared/open-treaties not found; it exists on team machines and in CI]`;
}
