// A platform token typed or pasted by the operator: hidden like a password, never autocompleted
// or spell-checked (either would keep or send it somewhere).
import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'spellCheck' | 'className'>;

export function TokenInput(props: Props) {
  return <input {...props} className="text-field" type="password" autoComplete="off" spellCheck={false} />;
}
