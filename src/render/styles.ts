// The styles renderers may apply. The CLI decides once whether colour is on and passes these down, so no
// renderer reads the environment or the terminal.

export type Style = (text: string) => string;

export interface Styles {
  readonly title: Style;
  readonly label: Style;
  readonly dim: Style;
  readonly error: Style;
  readonly warning: Style;
  readonly ok: Style;
  readonly deleted: Style;
  readonly inserted: Style;
  /** A qualifier inside a redline. */
  readonly qualifier: Style;
  readonly code: Style;
}

const plain: Style = (text) => text;

/** No colour: what pipes, NO_COLOR and --color=never get. */
export const plainStyles: Styles = {
  title: plain,
  label: plain,
  dim: plain,
  error: plain,
  warning: plain,
  ok: plain,
  deleted: plain,
  inserted: plain,
  qualifier: plain,
  code: plain,
};

/** Options every text renderer takes. */
export interface RenderOptions {
  readonly styles: Styles;
  /** Terminal width in columns. */
  readonly width: number;
}
