// One setting's edit cycle: validate every change with the core check, save what is valid, keep the problem otherwise,
// and know when the browser refused a save.
import { useState } from 'preact/hooks';
import { allowedByBounds, boundsProblem, isBoundedSetting, type Bounds } from '../../core/policy-ranges';
import { isPartlyValid, isSettingProblem, SETTING_CHECKS, type SettingName, type SettingProblem, type Settings } from '../../core/settings';
import { useFailableAction } from '../failable-action';
import { useI18n } from '../i18n';

/** Stores changed settings; rejects when the browser refused them (a storage quota error, say). */
export type SaveSettings = (changes: Partial<Settings>) => Promise<unknown>;

/**
 * `onRefused` puts a field's draft back to the stored value when the browser refused the save. `bounds`: the policy's
 * bounds on a numeric setting; a value outside them is not saved, and the field says what the organization allows.
 */
export function useSettingField<K extends SettingName>(name: K, onSave: SaveSettings, onRefused?: () => void, bounds?: Bounds) {
  const { locale } = useI18n();
  const [problem, setProblem] = useState<Omit<SettingProblem, 'name'>>();
  const [saveError, setSaveError] = useState<unknown>();
  const saving = useFailableAction();
  const save = async (value: Settings[K], together: Partial<Settings>) => {
    try {
      const problems = await onSave({ ...together, [name]: value } as Partial<Settings>);
      // saveSettings resolves with the fields it did not save: a newer version's value, say, is kept and said here.
      const own = Array.isArray(problems) ? (problems as unknown[]).find((p): p is SettingProblem => isSettingProblem(p) && (p as SettingProblem).name === name) : undefined;
      if (own) {
        setProblem({ reason: own.reason, detail: own.detail });
        onRefused?.();
      }
    } catch (error) {
      setSaveError(error);
      throw error;
    }
  };
  /** `together`: settings that are one choice with this one, saved in the same write (the everyday and per-day hours). */
  const change = (value: unknown, together: Partial<Settings> = {}) => {
    const result = SETTING_CHECKS[name](value);
    // A value valid only in part (one day's hours of workHoursByDay) is not saved: the field says what is wrong.
    const problem = isPartlyValid(result) ? result.problems[0] : result;
    if (isSettingProblem(problem)) {
      setProblem({ reason: problem.reason, detail: problem.detail });
      return;
    }
    const outside = isBoundedSetting(name) && !allowedByBounds(name, result, bounds) ? boundsProblem(bounds, locale) : undefined;
    if (outside) {
      setProblem(outside);
      return;
    }
    setProblem(undefined);
    void saving.run(() => save(result as Settings[K], together), onRefused);
  };
  return { problem, change, saveFailed: saving.failed, saveError };
}
