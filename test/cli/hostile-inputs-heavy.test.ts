// The hostile inputs of issue #10 that take seconds of real work even when healthy (10,000 clauses side by
// side, 78 paragraphs of 99,000 characters, 5,000 corpus files): a file of their own, so that a second test
// worker runs them beside the rest (hostile-inputs.test.ts).
import { describe } from 'vitest';
import { HOSTILE_CASES } from '../../bench/hostile-cases.js';
import { itRunsHostileCases } from '../helpers/hostile-suite.js';

describe('hostile inputs within the limits that take seconds', () => {
  itRunsHostileCases(HOSTILE_CASES.filter((c) => !c.benchOnly && c.multiple !== undefined));
});
