import type { AnnotationColor } from '../../../electron/contract/annotation-values';

/** A small sample of a highlight colour with its underline cue, so colour is never the only signal. */
export function ColorSwatch({ color }: { color: AnnotationColor }) {
  return (
    <span className={`swatch swatch--${color}`} aria-hidden="true">
      Ab
    </span>
  );
}
