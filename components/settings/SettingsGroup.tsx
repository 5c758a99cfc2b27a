// A group of related settings: a short heading and one line saying what they decide.
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  heading: string;
  /** One line of explanation, in words that follow the current values ("A break every 60 minutes of working time"). */
  explanation: string;
  children: ComponentChildren;
}

export function SettingsGroup({ id, heading, explanation, children }: Props) {
  return (
    <div class="settings-group" role="group" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-explanation`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p id={`${id}-explanation`} class="settings-group__explanation">
        {explanation}
      </p>
      {children}
    </div>
  );
}
