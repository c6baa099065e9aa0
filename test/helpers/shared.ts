// ../shared/ (treaty sources, open-treaties) exists on the team's machines and in CI but not in a user's
// fresh clone. Tests that read it are skipped there, saying why.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SOURCES = `${SHARED}sources/`;
export const OPEN_TREATIES = `${SHARED}open-treaties/`;

export const hasShared = existsSync(SOURCES);

/** A describe() title that carries the reason when the suite is skipped. */
export function sharedSuite(title: string): string {
  return hasShared ? title : `${title} [skipped: ../shared/sources not found; it exists on team machines and in CI]`;
}
