// Writing one routine of your own: its name and steps (text, seconds, figure, side, pressure), reordered by
// button or Alt+arrow; saved only whole, through core/custom-routine's check, with each problem by its field.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../core/number-format';
import { moveStep, validateRoutine, type RoutineDefinition, type StepDefinition } from '../../core/custom-routine';
import { importProblemKey, type ImportProblem } from '../../core/history-problems';
import { ILLUSTRATION_IDS } from '../../core/illustrations';
import { StepIllustration } from '../illustrations/StepIllustration';
import { useI18n, type Translate } from '../i18n';

interface DraftStep {
  /** Stable across moves, so each step keeps its fields and focus. */
  key: number;
  text: string;
  /** As typed: the check says what is wrong with it. */
  seconds: string;
  illustration: string;
  side: string;
  pressure: boolean;
}

export interface RoutineEditorProps {
  initial: RoutineDefinition;
  /** A new routine (its heading says so) or one being edited. */
  isNew: boolean;
  /** Resolves with the problems that stopped the save (none: saved); rejects when storage refused. */
  onSave: (definition: RoutineDefinition) => Promise<ImportProblem[]>;
  onCancel: () => void;
}

let nextKey = 1;
const draftOf = (s: StepDefinition): DraftStep => ({
  key: nextKey++,
  text: s.text,
  seconds: String(s.seconds),
  illustration: s.illustration ?? '',
  side: s.side ?? '',
  pressure: s.pressure === true,
});
const emptyStep = (): DraftStep => ({ key: nextKey++, text: '', seconds: '20', illustration: '', side: '', pressure: false });

/** What the user wrote, as the check reads it: an unreadable number stays unreadable, so the check can say so. */
function definitionOf(id: string, name: string, steps: readonly DraftStep[]): Record<string, unknown> {
  return {
    id,
    name: name.trim(),
    steps: steps.map((s) => ({
      text: s.text.trim(),
      seconds: s.seconds.trim() === '' ? undefined : Number(s.seconds),
      ...(s.illustration ? { illustration: s.illustration } : {}),
      ...(s.side ? { side: s.side } : {}),
      ...(s.pressure ? { pressure: true } : {}),
    })),
  };
}

const FIELD_LABELS: Record<string, string> = {
  text: 'editor_step_text',
  seconds: 'editor_step_seconds',
  illustration: 'editor_step_illustration',
  side: 'editor_step_side',
  pressure: 'editor_step_pressure',
};

/** "steps[2].seconds" → the field's element id and its name as the page shows it ("Step 3, Seconds"). */
function fieldOf(path: string, steps: readonly DraftStep[], t: Translate, locale: string): { id: string; label: string } {
  const step = /^steps\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (step) {
    const index = Number(step[1]);
    const field = step[2] ?? 'text';
    const stepLabel = t('editor_step', formatNumber(index + 1, locale));
    return { id: `step-${steps[index]?.key}-${field}`, label: t('editor_field_of_step', [stepLabel, t(FIELD_LABELS[field] ?? 'editor_step_text')]) };
  }
  if (path === 'steps') return { id: 'editor-add-step', label: t('editor_steps') };
  return { id: 'editor-name', label: t('editor_name') };
}

export function RoutineEditor({ initial, isNew, onSave, onCancel }: RoutineEditorProps) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(initial.name);
  const [steps, setSteps] = useState<DraftStep[]>(() => initial.steps.map(draftOf));
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const [moved, setMoved] = useState('');
  // After a move, the control that moved the step gets focus back in the step's new place.
  const refocus = useRef<string>();
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = undefined;
  });

  const update = (key: number, change: Partial<DraftStep>) => setSteps((all) => all.map((s) => (s.key === key ? { ...s, ...change } : s)));

  function move(index: number, by: -1 | 1, focusId: string) {
    const to = index + by;
    if (to < 0 || to >= steps.length) return;
    setSteps(moveStep(steps, index, by));
    setMoved(t('editor_step_moved', formatNumber(to + 1, locale)));
    refocus.current = focusId;
  }

  const byField = new Map<string, { id: string; label: string; messages: string[] }>();
  for (const p of problems) {
    const field = fieldOf(p.path, steps, t, locale);
    const entry = byField.get(field.id) ?? { ...field, messages: [] };
    entry.messages.push(t(importProblemKey(p.code), [field.label, p.detail ?? '']));
    byField.set(field.id, entry);
  }
  const problemId = (id: string) => (byField.has(id) ? `${id}-problem` : undefined);
  const fieldProblem = (id: string) =>
    byField.has(id) ? (
      <p id={`${id}-problem`} class="field__error">
        {byField.get(id)!.messages.join(' ')}
      </p>
    ) : null;

  async function save(e: Event) {
    e.preventDefault();
    setFailed(false);
    const raw = definitionOf(initial.id, name, steps);
    const checked = validateRoutine(raw);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    try {
      setProblems(await onSave(checked.definition));
    } catch (error) {
      console.error('Unknot: saving My routines failed', error);
      setFailed(true);
    }
  }

  return (
    <form class="routine-editor" aria-labelledby="editor-heading" onSubmit={save} noValidate>
      <h4 id="editor-heading">{isNew ? t('editor_heading_new') : t('editor_heading_edit', initial.name)}</h4>
      {problems.length > 0 && (
        <div role="alert" class="notice" data-testid="editor-problems">
          <p>{t('editor_problems')}</p>
          <ul>
            {[...byField.values()].flatMap((f) => f.messages.map((m) => <li key={m}>{m}</li>))}
          </ul>
        </div>
      )}
      {failed && (
        <p role="alert" class="notice">
          {t('my_routines_failed')}
        </p>
      )}
      <div class="field">
        <label for="editor-name">{t('editor_name')}</label>
        <input
          id="editor-name"
          type="text"
          value={name}
          maxLength={80}
          aria-invalid={byField.has('editor-name') || undefined}
          aria-describedby={problemId('editor-name')}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        {fieldProblem('editor-name')}
      </div>
      <h5>{t('editor_steps')}</h5>
      <p class="hint">{t('editor_keyboard_hint')}</p>
      <ol class="routine-editor__steps">
        {steps.map((s, index) => {
          const id = (field: string) => `step-${s.key}-${field}`;
          const number = formatNumber(index + 1, locale);
          const onKeyDown = (e: KeyboardEvent) => {
            if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            move(index, e.key === 'ArrowUp' ? -1 : 1, (e.target as HTMLElement).id);
          };
          return (
            <li key={s.key}>
              <fieldset class="routine-editor__step" onKeyDown={onKeyDown} data-testid="editor-step">
                <legend>{t('editor_step', number)}</legend>
                <div class="field">
                  <label for={id('text')}>{t('editor_step_text')}</label>
                  <input
                    id={id('text')}
                    type="text"
                    value={s.text}
                    maxLength={300}
                    aria-invalid={byField.has(id('text')) || undefined}
                    aria-describedby={problemId(id('text'))}
                    onInput={(e) => update(s.key, { text: (e.target as HTMLInputElement).value })}
                  />
                  {fieldProblem(id('text'))}
                </div>
                <div class="routine-editor__row">
                  <div class="field">
                    <label for={id('seconds')}>{t('editor_step_seconds')}</label>
                    <input
                      id={id('seconds')}
                      type="number"
                      inputMode="numeric"
                      min={s.pressure ? 10 : 5}
                      max={s.pressure ? 30 : 300}
                      value={s.seconds}
                      aria-invalid={byField.has(id('seconds')) || undefined}
                      aria-describedby={problemId(id('seconds'))}
                      onInput={(e) => update(s.key, { seconds: (e.target as HTMLInputElement).value })}
                    />
                    {fieldProblem(id('seconds'))}
                  </div>
                  <div class="field">
                    <label for={id('illustration')}>{t('editor_step_illustration')}</label>
                    <select
                      id={id('illustration')}
                      value={s.illustration}
                      onChange={(e) => update(s.key, { illustration: (e.target as HTMLSelectElement).value })}
                    >
                      <option value="">{t('editor_illustration_none')}</option>
                      {ILLUSTRATION_IDS.map((ill) => (
                        <option key={ill} value={ill}>
                          {t(`illustration_${ill.replace(/-/g, '_')}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div class="field">
                    <label for={id('side')}>{t('editor_step_side')}</label>
                    <select id={id('side')} value={s.side} onChange={(e) => update(s.key, { side: (e.target as HTMLSelectElement).value })}>
                      <option value="">{t('editor_side_none')}</option>
                      <option value="left">{t('player_side_left')}</option>
                      <option value="right">{t('player_side_right')}</option>
                    </select>
                  </div>
                  {ILLUSTRATION_IDS.includes(s.illustration as never) && (
                    <StepIllustration id={s.illustration as (typeof ILLUSTRATION_IDS)[number]} side={s.side === 'right' ? 'right' : undefined} size="small" />
                  )}
                </div>
                <div class="field field--check">
                  <input
                    id={id('pressure')}
                    type="checkbox"
                    checked={s.pressure}
                    onChange={(e) => update(s.key, { pressure: (e.target as HTMLInputElement).checked })}
                  />
                  <label for={id('pressure')}>{t('editor_step_pressure')}</label>
                </div>
                <div class="controls">
                  <button type="button" id={id('up')} disabled={index === 0} onClick={() => move(index, -1, index === 1 ? id('down') : id('up'))}>
                    {t('editor_move_up', number)}
                  </button>
                  <button
                    type="button"
                    id={id('down')}
                    disabled={index === steps.length - 1}
                    onClick={() => move(index, 1, index === steps.length - 2 ? id('up') : id('down'))}
                  >
                    {t('editor_move_down', number)}
                  </button>
                  <button
                    type="button"
                    disabled={steps.length === 1}
                    onClick={() => {
                      setSteps(steps.filter((x) => x.key !== s.key));
                      // Focus stays in the list: on the step that took this one's place, or the one before.
                      const neighbour = steps[index + 1] ?? steps[index - 1];
                      refocus.current = neighbour ? `step-${neighbour.key}-text` : 'editor-add-step';
                    }}
                  >
                    {t('editor_remove_step', number)}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" role="status">
        {moved}
      </p>
      {fieldProblem('editor-add-step')}
      <div class="controls">
        <button
          type="button"
          id="editor-add-step"
          aria-describedby={problemId('editor-add-step')}
          onClick={() => {
            const step = emptyStep();
            setSteps([...steps, step]);
            refocus.current = `step-${step.key}-text`;
          }}
        >
          {t('editor_add_step')}
        </button>
      </div>
      <div class="controls">
        <button type="submit" class="primary">
          {t('editor_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editor_cancel')}
        </button>
      </div>
    </form>
  );
}
