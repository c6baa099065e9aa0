// `treaty export REF`: a treaty text as plain text in the conventions `treaty import` reads, so that
// import and export round-trip.
import { writeFileSafely } from '../../corpus/write-file-safely.js';
import { exportPlainText } from '../../export/export-plain-text.js';
import { type CliContext, failWith } from '../context.js';
import { ExitCode } from '../exit-codes.js';
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
  const plain = exportPlainText(text);
  if (options.out === undefined) {
    ctx.stdout(plain);
    return ExitCode.ok;
  }
  const written = writeFileSafely(options.out, plain, { force: options.force === true });
  return written.ok ? ExitCode.ok : failWith(ctx, written.problems);
}
