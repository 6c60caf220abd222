import { useEffect, useRef } from 'react';
import { AArrowDown, AArrowUp } from 'lucide-react';
import { FONT_SIZES_PX } from '../../../electron/contract/reader-values';
import type { FontFamily, LineWidth, Settings, Theme } from '../../../electron/contract/settings';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { IconButton } from '../../ui/IconButton';

const themes = [
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: Theme; label: string }[];

const widths = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
] as const satisfies readonly { value: LineWidth; label: string }[];

const families = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans' },
] as const satisfies readonly { value: FontFamily; label: string }[];

type Props = {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
};

/** The reading settings popover: theme, text size, line width and typeface, applied as you choose. */
export function ReaderSettingsPanel({ settings, onChange, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const step = settings.fontSizeStep;
  const maxStep = FONT_SIZES_PX.length - 1;

  return (
    <div
      ref={panel}
      className="settings-panel"
      role="dialog"
      aria-label="Reading settings"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <SegmentedControl legend="Theme" value={settings.theme} options={themes} onChange={(theme) => onChange({ theme })} />
      <div className="settings-panel__row">
        <span className="settings-panel__label" id="text-size-label">
          Text size
        </span>
        <div className="font-stepper" role="group" aria-labelledby="text-size-label">
          <IconButton label="Smaller text" icon={<AArrowDown size={18} />} disabled={step <= 0} onClick={() => onChange({ fontSizeStep: step - 1 })} />
          <span className="font-stepper__value" aria-live="polite">
            {FONT_SIZES_PX[step]} px
          </span>
          <IconButton label="Larger text" icon={<AArrowUp size={18} />} disabled={step >= maxStep} onClick={() => onChange({ fontSizeStep: step + 1 })} />
        </div>
        <span className="settings-panel__hint">Ctrl + and Ctrl − also work</span>
      </div>
      <SegmentedControl legend="Line width" value={settings.lineWidth} options={widths} onChange={(lineWidth) => onChange({ lineWidth })} />
      <SegmentedControl legend="Typeface" value={settings.fontFamily} options={families} onChange={(fontFamily) => onChange({ fontFamily })} />
    </div>
  );
}
