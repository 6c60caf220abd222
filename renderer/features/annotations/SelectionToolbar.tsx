import { useLayoutEffect, useRef, useState, type MouseEvent, type ReactElement } from 'react';
import { CircleHelp, Copy, Layers, MessageSquarePlus } from 'lucide-react';
import { ANNOTATION_COLORS, COLOR_INFO, type AnnotationColor } from '../../../electron/contract/annotation-values';
import { ColorSwatch } from './ColorSwatch';
import { passageActions, type PassageActionId } from './passage-actions';

type Props = {
  /** The selection's box in the viewport; the toolbar sits above it (below when there is no room). */
  rect: DOMRect;
  onColor: (color: AnnotationColor) => void;
  onAction: (id: PassageActionId) => void;
};

const icons: Record<PassageActionId, ReactElement> = {
  note: <MessageSquarePlus size={16} aria-hidden="true" />,
  card: <Layers size={16} aria-hidden="true" />,
  question: <CircleHelp size={16} aria-hidden="true" />,
  copy: <Copy size={16} aria-hidden="true" />,
};

/** A first guess of half the toolbar's width, until it has been measured. */
const HALF_WIDTH_GUESS = 250;

/** Shortcut keys of the colours while text is selected: 1 to 4. */
export const colorKeys: Record<string, AnnotationColor> = Object.fromEntries(ANNOTATION_COLORS.map((c, i) => [String(i + 1), c]));

/**
 * The toolbar over a selection in the article: a colour per button (named, with its underline cue),
 * then the passage actions. Buttons keep the selection (they do not take it on mouse down).
 */
export function SelectionToolbar({ rect, onColor, onAction }: Props) {
  const above = rect.top > 120;
  const bar = useRef<HTMLDivElement>(null);
  const [half, setHalf] = useState(HALF_WIDTH_GUESS);
  useLayoutEffect(() => {
    if (bar.current) setHalf(bar.current.offsetWidth / 2);
  }, []);
  const style = {
    // Centred over the selection, but never past the window's edges.
    left: `${Math.min(Math.max(half + 8, rect.left + rect.width / 2), window.innerWidth - half - 8)}px`,
    top: `${above ? rect.top - 8 : rect.bottom + 8}px`,
  };
  const keep = (event: MouseEvent) => event.preventDefault();
  return (
    <div ref={bar} className={`selection-toolbar ${above ? 'selection-toolbar--above' : 'selection-toolbar--below'}`} style={style} role="toolbar" aria-label="Selected text" onMouseDown={keep}>
      {ANNOTATION_COLORS.map((color, index) => (
        <button
          key={color}
          type="button"
          className="selection-toolbar__color"
          aria-label={`Highlight ${COLOR_INFO[color].label}`}
          title={`Highlight ${COLOR_INFO[color].label}, ${COLOR_INFO[color].cue} (${index + 1}; H repeats the last colour)`}
          onClick={() => onColor(color)}
        >
          <ColorSwatch color={color} />
        </button>
      ))}
      <span className="selection-toolbar__divider" aria-hidden="true" />
      {passageActions.map((action) => (
        <button
          key={action.id}
          type="button"
          className="selection-toolbar__action"
          title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}
          onClick={() => onAction(action.id)}
        >
          {icons[action.id]}
          <span>{action.label}</span>
        </button>
      ))}
    </div>
  );
}
