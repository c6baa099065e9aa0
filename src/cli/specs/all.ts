// Every command, in the order `treaty --help` lists them.
import type { CommandSpec } from '../command-spec.js';
import { diffSpec } from './diff.js';
import { exportSpec } from './export.js';
import { importSpec } from './import.js';
import { listSpec } from './list.js';
import { qualifiersSpec } from './qualifiers.js';
import { schemaSpec } from './schema.js';
import { showSpec } from './show.js';
import { validateSpec } from './validate.js';

export const COMMANDS: readonly CommandSpec[] = [diffSpec, listSpec, showSpec, qualifiersSpec, importSpec, exportSpec, validateSpec, schemaSpec];
