// Regular expressions with Unicode property classes (\p{L}, \p{Script=Han}) cost V8 about 0.7 ms each to
// parse, and a regex literal is parsed when its module loads, used or not. On the start-up path they are
// built on first use instead.

/** A regular expression compiled the first time it is asked for. */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let compiled: RegExp | undefined;
  return () => (compiled ??= new RegExp(source, flags));
}
