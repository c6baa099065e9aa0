// `treaty export REF`: a treaty text as plain text in the conventions `treaty import` reads, so that
// import and export round-trip.
import { exportPlainText } from '../../export/export-plain-text.js';
import { safeDataText, safeText } from '../../render/terminal-text.js';
import type { Handler } from '../command-spec.js';
import { type CliContext, failWith } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { writeOutputFile } from '../write-output-file.js';
import { resolveTreatyText } from '../resolve-treaty-text.js';

export interface ExportOptions {
  readonly lang?: string;
  readonly out?: string;
  readonly force?: boolean;
}

export async function runExport(ctx: CliContext, ref: string, options: ExportOptions): Promise<ExitCode> {
  const resolved = await resolveTreatyText(ctx, ref, options.lang);
  if (!resolved.ok) return failWith(ctx, resolved.problems);
  const { entry, text } = resolved.value;
  if (!text) return failWith(ctx, [{ code: 'no-text', severity: 'error', args: { treaty: entry.treaty.id } }]);
  // The same bytes to stdout and to --out: a file is printed sooner or later. Characters no valid treaty
  // text contains (import would refuse them anyway) become visible marks; a valid text is unchanged.
  const exact = exportPlainText(text);
  const plain = safeDataText(exact);
  if (plain !== exact)
    ctx.stderr(
      `treaty: warning: ${safeText(entry.file)}: the text has characters no treaty text may contain (control characters, escape sequences, ` +
        'bidi or zero-width controls); they are written as visible marks such as ␛ and <U+202E> (`treaty validate` lists them)\n',
    );
  if (options.out === undefined) {
    ctx.stdout(plain);
    return ExitCode.ok;
  }
  const written = writeOutputFile(options.out, plain, options.force === true);
  return written.ok ? ExitCode.ok : failWith(ctx, written.problems);
}

export const exportHandler: Handler = (ctx, [ref], options) => runExport(ctx, ref as string, options as ExportOptions);
