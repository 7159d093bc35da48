import { useId, type ReactNode } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A decorative preview drawn next to the label (hidden from assistive technology). */
  preview?: ReactNode;
}

interface Props<V extends string> {
  legend: string;
  hint: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}

/** Native radios in a fieldset: the legend names the group and arrow keys move between options. */
export function ChoiceGroup<V extends string>({ legend, hint, value, choices, onChange }: Props<V>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="setting" aria-describedby={hintId}>
      <legend className="setting__label">{legend}</legend>
      <p id={hintId} className="setting__hint">
        {hint}
      </p>
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.preview}
            <span className="choice__label">{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
