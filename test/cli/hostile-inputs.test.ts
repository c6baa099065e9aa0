// Every hostile input of issue #10 (bench/hostile-cases.js) through the real CLI, at the size that once
// hung treaty, exhausted its memory or made it exit 3 (test/helpers/hostile-suite.ts says what each must
// do). The ones that take seconds even when healthy run in hostile-inputs-heavy.test.ts, beside these, so
// that two test workers share them. bench/hostile.js runs the same cases for the README's table.
import { describe } from 'vitest';
import { HOSTILE_CASES } from '../../bench/hostile-cases.js';
import { itRunsHostileCases } from '../helpers/hostile-suite.js';

describe('hostile inputs within the limits', () => {
  itRunsHostileCases(HOSTILE_CASES.filter((c) => !c.benchOnly && c.multiple === undefined));
});
