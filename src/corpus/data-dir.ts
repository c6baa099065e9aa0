// Where the treaties are: --data DIR, else $TREATY_DATA, else the corpus bundled with the package.
import { fileURLToPath } from 'node:url';

/** The bundled corpus: data/ at the package root (this file is dist/corpus/data-dir.js once built). */
export function bundledDataDir(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}

export function chooseDataDir(flag: string | undefined, env: string | undefined): string {
  if (flag !== undefined && flag !== '') return flag;
  if (env !== undefined && env !== '') return env;
  return bundledDataDir();
}
