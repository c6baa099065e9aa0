// Writing an output file from a command (`import --out`, `export --out`): the process facts the safe
// writer needs, and signals held off while it writes. A SIGINT or SIGTERM with its default action kills
// the process wherever it is, which could be between writing the temporary file and putting it in place:
// the temporary file would be left behind. With a listener installed, Node runs it only when the
// synchronous write has finished (temporary file renamed or removed); the listener then re-raises the
// signal with its default action, so the process still ends as killed by it.
import { writeFileSafely } from '../corpus/write-file-safely.js';
import type { Result } from '../model/problem.js';

const HELD_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let holding = false;

function holdSignals(): void {
  if (holding) return;
  holding = true;
  for (const signal of HELD_SIGNALS)
    process.once(signal, () => {
      // `once` has removed this listener, so Node restores the default action: die of the signal.
      process.kill(process.pid, signal);
    });
}

/** Whether a process is running: signal 0 checks without sending anything (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function writeOutputFile(file: string, content: string, force: boolean): Result<string> {
  holdSignals();
  return writeFileSafely(file, content, { force, pid: process.pid, isRunning });
}
