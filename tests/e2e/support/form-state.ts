// What the options page shows of every setting: each control of its settings forms, its value and whether it is
// disabled, keyed by the setting it belongs to. Two pages that show the same effective settings give the same values.
import { until, type Evaluator } from './extension-api';

export interface ControlState {
  /** The setting: the `setting-<name>` id of the control or of the field around it. */
  setting: string;
  /** The control's label or name, and its place within the setting. */
  control: string;
  value: string | boolean;
  disabled: boolean;
}

export async function formState(page: Evaluator): Promise<ControlState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('form.settings input, form.settings select')].map((el, i) => {
      const field = el.closest('[id^="setting-"]') ?? el.parentElement?.closest('.field')?.querySelector('[id^="setting-"]');
      const setting = (el.id.startsWith('setting-') ? el.id : (field?.id ?? '')).replace(/^setting-/, '').replace(/-.*$/, '');
      const label = el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? '';
      return {
        setting,
        control: `${i}:${label}`,
        value: el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.value,
        disabled: el.disabled,
      };
    }),
  );
}

/** The form once the settings are drawn (the schedule form is there) and two reads in a row agree. */
export async function settledFormState(page: Evaluator): Promise<ControlState[]> {
  let last = '';
  return until(async () => {
    const state = await formState(page);
    const text = JSON.stringify(state);
    const settled = state.length > 10 && text === last;
    last = text;
    return settled && state;
  }, 'the options page to show its settings');
}

/** The settings whose every control is disabled. */
export const disabledSettings = (state: readonly ControlState[]): string[] => {
  const settings = [...new Set(state.map((c) => c.setting))];
  return settings.filter((s) => state.filter((c) => c.setting === s).every((c) => c.disabled)).sort();
};
