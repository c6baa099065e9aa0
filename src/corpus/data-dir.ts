// Where the treaties are: --data DIR, else $TREATY_DATA, else the corpus bundled with the package.
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** The bundled corpus: data/ at the package root. */
export function bundledDataDir(): string {
  return join(packageRoot(), 'data');
}

export function chooseDataDir(flag: string | undefined, env: string | undefined): string {
  if (flag !== undefined && flag !== '') return flag;
  if (env !== undefined && env !== '') return env;
  return bundledDataDir();
}
