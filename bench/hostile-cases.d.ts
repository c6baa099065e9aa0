// Types of bench/hostile-cases.js, for the regression test that runs its cases.
export interface Invocation {
  readonly args: string[];
  readonly env?: Record<string, string>;
  readonly input?: string;
}

export interface HostileCase {
  readonly id: string;
  /** What the case is, as the README's table names it. */
  readonly title: string;
  /** What it did before issue #10. */
  readonly issue: string;
  /** The right exit code. */
  readonly exit: number;
  /** Only in bench/hostile.js: a worst case that takes seconds, too slow for every test run. */
  readonly benchOnly?: boolean;
  /** How many times `treaty --version` the run may take in the regression test. */
  readonly multiple?: number;
  /** Writes the input into `dir` and says how to run the CLI on it. */
  prepare(dir: string): Invocation;
  /** Anything else wrong with the run, in words; undefined when it is right. */
  check?(run: { stdout: string; stderr: string; code: number | null }, dir: string): string | undefined;
}

export declare function generatedTreaty(spec: {
  id: string;
  lang?: string;
  title?: string;
  aliases?: string[];
  preamble?: string[];
  articles: Array<{ number: string; paragraphs: string[] }>;
}): Record<string, unknown>;

export declare const HOSTILE_CASES: readonly HostileCase[];
