// "My routines" on the options page: the user's own routines listed, created, edited, copied (from a built-in one
// too), previewed in the player, and deleted with undo. The page loads this with the editor only when it is shown.
import { useState } from 'preact/hooks';
import { formatNumber } from '../../core/number-format';
import { customRoutine, definitionOf, validateRoutine, type RoutineDefinition } from '../../core/custom-routine';
import type { ImportProblem } from '../../core/history-problems';
import { ROUTINES, routineName, totalSeconds, type Routine } from '../../core/routines';
import { useI18n } from '../i18n';
import { RoutineEditor } from './RoutineEditor';
import { RoutinePreview } from './RoutinePreview';
import { minutesLabel } from '../minutes-label';
import './my-routines.css';

export interface MyRoutinesProps {
  definitions: readonly RoutineDefinition[];
  /** Saves the whole list; resolves with the problems that stopped it (none: saved), rejects when storage refused. */
  onSave: (definitions: RoutineDefinition[]) => Promise<ImportProblem[]>;
  /** A fresh id for a new routine (`mine-<uuid>`). */
  newId: () => string;
  /** The organization's routines (policy customRoutines), which cannot be edited: a copy of one can. */
  organization?: readonly Routine[];
}

type Editing = { definition: RoutineDefinition; isNew: boolean };

export function MyRoutines({ definitions, onSave, newId, organization = [] }: MyRoutinesProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<Editing>();
  const [previewing, setPreviewing] = useState<RoutineDefinition>();
  const [status, setStatus] = useState<string>();
  const [deleted, setDeleted] = useState<{ definition: RoutineDefinition; index: number }>();
  const [failed, setFailed] = useState(false);
  // Built-in routines that fit a routine of one's own (the 15-minute session has more than 30 steps).
  const copyable = [...ROUTINES, ...organization].filter((r) => validateRoutine(definitionOf(r, t, 'mine-x')).ok);
  const [copyFrom, setCopyFrom] = useState<string>(copyable[0]?.id ?? '');

  const edit = (definition: RoutineDefinition, isNew: boolean) => {
    setStatus(undefined);
    setDeleted(undefined);
    setPreviewing(undefined);
    setEditing({ definition, isNew });
  };

  async function saveList(list: RoutineDefinition[]): Promise<boolean> {
    setFailed(false);
    try {
      return (await onSave(list)).length === 0;
    } catch (error) {
      console.error('Unknot: saving My routines failed', error);
      setFailed(true);
      return false;
    }
  }

  async function remove(index: number) {
    const definition = definitions[index]!;
    if (!(await saveList(definitions.filter((_, i) => i !== index)))) return;
    setDeleted({ definition, index });
    setStatus(t('my_routines_deleted', definition.name));
  }

  async function undo() {
    if (!deleted) return;
    const list = [...definitions];
    list.splice(Math.min(deleted.index, list.length), 0, deleted.definition);
    if (!(await saveList(list))) return;
    setDeleted(undefined);
    setStatus(undefined);
  }

  if (editing) {
    return (
      <section aria-labelledby="my-routines-heading" class="my-routines">
        <h3 id="my-routines-heading">{t('my_routines_heading')}</h3>
        <RoutineEditor
          key={editing.definition.id}
          initial={editing.definition}
          isNew={editing.isNew}
          onCancel={() => setEditing(undefined)}
          onSave={async (definition) => {
            const at = definitions.findIndex((d) => d.id === definition.id);
            const list = at < 0 ? [...definitions, definition] : definitions.map((d, i) => (i === at ? definition : d));
            const problems = await onSave(list);
            if (problems.length > 0) {
              // The list's own problems (too many routines) name the list: the editor shows them on the routine.
              return problems.map((p) => ({ ...p, path: p.path.replace(/^myRoutines\[\d+\]\.?/, '') || 'steps' }));
            }
            setEditing(undefined);
            setStatus(t('my_routines_saved', definition.name));
            return [];
          }}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="my-routines-heading" class="my-routines">
      <h3 id="my-routines-heading">{t('my_routines_heading')}</h3>
      <p>{t('my_routines_intro')}</p>
      {failed && (
        <p role="alert" class="notice">
          {t('my_routines_failed')}
        </p>
      )}
      <div role="status" class="my-routines__status">
        {status && (
          <p>
            {status}{' '}
            {deleted && (
              <button type="button" onClick={() => void undo()}>
                {t('my_routines_undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {previewing && <RoutinePreview routine={customRoutine(previewing)} onClose={() => setPreviewing(undefined)} />}
      {definitions.length === 0 ? (
        <p>{t('my_routines_empty')}</p>
      ) : (
        <ul class="my-routines__list" data-testid="my-routines-list">
          {definitions.map((d, index) => {
            const routine = customRoutine(d);
            return (
              <li key={d.id}>
                <span class="my-routines__name">{d.name}</span>
                <span class="my-routines__meta">
                  {minutesLabel(Math.max(1, Math.round(totalSeconds(routine) / 60)), t, locale)}
                  {routine.massage && <> · {t('my_routines_pressure_mark')}</>}
                </span>
                <span class="controls">
                  <button type="button" onClick={() => edit(d, false)}>
                    {t('my_routines_edit', d.name)}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setStatus(undefined);
                      setPreviewing(d);
                    }}
                  >
                    {t('my_routines_preview', d.name)}
                  </button>
                  <button type="button" onClick={() => edit({ ...d, id: newId(), name: copyName(t('my_routines_copy_name', d.name)) }, true)}>
                    {t('my_routines_duplicate', d.name)}
                  </button>
                  <button type="button" onClick={() => void remove(index)}>
                    {t('my_routines_delete', d.name)}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div class="controls">
        <button type="button" class="primary" onClick={() => edit({ id: newId(), name: '', steps: [{ text: '', seconds: 20 }] }, true)}>
          {t('my_routines_new')}
        </button>
      </div>
      <div class="field my-routines__copy">
        <label for="my-routines-copy-from">{t('my_routines_copy_from')}</label>
        <select id="my-routines-copy-from" value={copyFrom} onChange={(e) => setCopyFrom((e.target as HTMLSelectElement).value)}>
          {copyable.map((r) => (
            <option key={r.id} value={r.id}>
              {r.source === 'organization' ? t('routine_name_from_organization', routineName(r, t)) : routineName(r, t)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            const source = copyable.find((r) => r.id === copyFrom);
            if (source) edit(definitionOf(source, t, newId(), copyName(t('my_routines_copy_name', routineName(source, t)))), true);
          }}
        >
          {t('my_routines_copy')}
        </button>
      </div>
    </section>
  );
}

/** A copy's name within the 80 characters a name may have. */
const copyName = (name: string) => (name.length > 80 ? name.slice(0, 80) : name);
