import { useState } from 'react';
import type { FlashcardSettings } from '../../../electron/contract/flashcards-values';
import { Field } from '../../ui/Field';

type Props = { settings: FlashcardSettings; error: string | null; onChange: (patch: Partial<FlashcardSettings>) => void };

const retentions = [0.8, 0.85, 0.9, 0.93, 0.95, 0.97];

/** Desired retention, new cards per day and the single-key shortcuts switch. */
export function ReviewSettings({ settings, error, onChange }: Props) {
  const [perDay, setPerDay] = useState(String(settings.newPerDay));
  const perDayValid = /^\d{1,4}$/.test(perDay) && Number(perDay) <= 1000;
  const savePerDay = () => {
    if (perDayValid && Number(perDay) !== settings.newPerDay) onChange({ newPerDay: Number(perDay) });
  };
  return (
    <details className="review-settings">
      <summary>Review settings</summary>
      <div className="review-settings__body">
        <Field label="Desired retention" hint="Higher means more reviews and fewer lapses.">
          {(control) => (
            <select {...control} value={settings.desiredRetention} onChange={(e) => onChange({ desiredRetention: Number(e.target.value) })}>
              {retentions.map((r) => (
                <option key={r} value={r}>
                  {Math.round(r * 100)} %{r === 0.9 ? ' (recommended)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="New cards per day" hint={perDayValid ? 'Your own cards come first among new cards.' : 'Enter a whole number from 0 to 1000.'}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={1000}
              inputMode="numeric"
              value={perDay}
              aria-invalid={!perDayValid}
              onChange={(e) => setPerDay(e.target.value)}
              onBlur={savePerDay}
              onKeyDown={(e) => e.key === 'Enter' && savePerDay()}
            />
          )}
        </Field>
        <label className="field field--check">
          <input type="checkbox" checked={settings.shortcuts} onChange={(e) => onChange({ shortcuts: e.target.checked })} />
          <span>Single-key shortcuts (Space or Enter to show, 1–4 to rate)</span>
        </label>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
