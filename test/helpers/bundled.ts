// The bundled treaties as raw JSON and as parsed treaties, for tests that mutate a real document.
import { readFileSync } from 'node:fs';
import { treatySchema, type Treaty, type TreatyInput } from '../../src/model/treaty.js';
import { ROOT } from './run-cli.js';

export const BUNDLED_IDS = ['prc-dprk-1961', 'rus-dprk-2000', 'rus-dprk-2024', 'ussr-dprk-1961'] as const;

export function bundledFile(id: string): string {
  return `${ROOT}data/treaties/${id}.json`;
}

/** A fresh deep copy of a bundled treaty file's JSON. */
export function bundledJson(id: string): TreatyInput {
  return JSON.parse(readFileSync(bundledFile(id), 'utf8')) as TreatyInput;
}

export function bundledTreaty(id: string, edit: (json: TreatyInput) => void = () => {}): Treaty {
  const json = bundledJson(id);
  edit(json);
  return treatySchema.parse(json);
}
