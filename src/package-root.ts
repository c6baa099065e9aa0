// The folder of treaty's own package.json: where the bundled data, schemas and build outputs are, found
// from this module's location whether it runs from src/ (tests), dist/ or a bundle in dist/bundle/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`treaty: package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return (root = dir);
}
