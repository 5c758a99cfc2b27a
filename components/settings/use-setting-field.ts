// One setting's edit cycle: validate every change with the core check, save what is valid, keep the problem otherwise.
import { useState } from 'preact/hooks';
import { isSettingProblem, SETTING_CHECKS, type SettingName, type SettingProblem, type Settings } from '../../core/settings';

export function useSettingField<K extends SettingName>(name: K, onSave: (changes: Partial<Settings>) => void) {
  const [problem, setProblem] = useState<Omit<SettingProblem, 'name'>>();
  const change = (value: unknown) => {
    const result = SETTING_CHECKS[name](value);
    if (isSettingProblem(result)) {
      setProblem(result);
      return;
    }
    setProblem(undefined);
    onSave({ [name]: result } as Partial<Settings>);
  };
  return { problem, change };
}
