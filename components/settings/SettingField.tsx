// The frame every setting shares: a group's legend, the field's controls, why a change was not saved, and the lock note.
import type { ComponentChildren } from 'preact';
import type { SettingProblem } from '../../core/settings';
import { FieldMessage } from './FieldMessage';
import { LockedNote } from './LockedNote';

export interface FieldState {
  /** `setting-<name>`: the control's id, and the stem of its message ids. */
  id: string;
  locked: boolean;
  problem?: Omit<SettingProblem, 'name'>;
  saveFailed?: boolean;
  /** Why the browser refused the last save (a StorageWriteError says whether storage was full). */
  saveError?: unknown;
  /** A note that describes the field (why it is not in use, what a choice means), shown under it. */
  note?: string;
  /** The policy's bounds on the field, in words ("Your organization allows 45–90"), shown under it. */
  boundsNote?: string;
}

/** The ids of the notes that describe a field: its message (if any) and its lock note (if locked). */
export function describedBy({ id, locked, problem, saveFailed, note, boundsNote }: FieldState): string | undefined {
  const ids = [problem || saveFailed ? `${id}-error` : '', note ? `${id}-note` : '', boundsNote && !locked ? `${id}-bounds` : '', locked ? `${id}-locked` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface Props extends FieldState {
  /** A group of controls (days, ranges) is a fieldset named by this legend; a single control brings its own label. */
  legend?: string;
  children: ComponentChildren;
}

export function SettingField({ legend, children, ...state }: Props) {
  const notes = (
    <>
      <FieldMessage id={`${state.id}-error`} problem={state.problem} saveFailed={state.saveFailed} saveError={state.saveError} />
      {state.note && (
        <p id={`${state.id}-note`} class="field__note">
          {state.note}
        </p>
      )}
      {/* A locked value wins over the bounds: then only the lock is said. */}
      {state.boundsNote && !state.locked && (
        <p id={`${state.id}-bounds`} class="field__note" data-testid="policy-bounds">
          {state.boundsNote}
        </p>
      )}
      {state.locked && <LockedNote id={`${state.id}-locked`} />}
    </>
  );
  if (legend === undefined) {
    return (
      <div class="field">
        {children}
        {notes}
      </div>
    );
  }
  return (
    <fieldset class="field" aria-describedby={describedBy(state)}>
      <legend>{legend}</legend>
      {children}
      {notes}
    </fieldset>
  );
}
