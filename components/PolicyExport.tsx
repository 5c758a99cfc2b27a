// The policy exporter's panel: which settings to lock, the organization's name, and one download per browser and
// platform, each with where the file goes. Loaded only when the administrator opens it (PolicyExportDisclosure).
import { useState } from 'preact/hooks';
import type { Policy } from '../core/policy';
import type { BrowserFamily, ExtensionIds } from '../core/policy-export/extension-ids';
import { FORMAT_INFO, POLICY_FORMATS, policyFile, type PolicyFile, type PolicyFormat } from '../core/policy-export/formats';
import { lockGroup, MAX_ORGANIZATION_NAME } from '../core/policy-export/policy-values';
import { SETTING_NAMES, type SettingName, type Settings } from '../core/settings';
import { useI18n } from './i18n';
import './policy-export.css';

export interface PolicyExportProps {
  /** The settings on this page (effective, policy applied): what the files preset. */
  settings: Settings;
  /** The policy in force, if any: its locks and organization name are where the choices start. */
  policy: Policy;
  /** The ids the files name Unknot by (this copy's own for the browser it runs in). */
  ids: ExtensionIds;
  /** A fresh UUID, for the macOS profile's payloads. */
  newUuid: () => string;
  onDownload: (file: PolicyFile) => void;
}

/**
 * The options page's label of each setting, where it has one. A setting added later without an entry here is
 * still offered, under its policy key, which the administrator's guide uses too.
 */
const SETTING_LABEL_KEYS: Partial<Record<SettingName, string>> = {
  intervalMinutes: 'setting_interval',
  breakAtMinute: 'export_policy_setting_break_at_minute',
  workDays: 'setting_work_days',
  workHours: 'setting_work_hours',
  workHoursByDay: 'export_policy_setting_work_hours_by_day',
  snoozeMinutes: 'setting_snooze',
  maxSnoozes: 'setting_max_snoozes',
  naturalBreakMinutes: 'setting_natural_break',
  dailyGoal: 'setting_daily_goal',
  allowPause: 'setting_allow_pause',
  enabledRoutines: 'setting_routines',
  sound: 'setting_sound',
  volume: 'setting_volume',
  waitForCalls: 'h3c_wait_for_calls',
  maxWaitMinutes: 'h3c_max_wait',
  dailySkipLimit: 'h3c_skip_limit',
  breakStyle: 'h3c_break_style',
  voiceGuidance: 'setting_voice_guidance',
  voiceName: 'setting_voice_name',
  voiceRate: 'setting_voice_rate',
};

const formatKey = (format: PolicyFormat) => format.replace(/-/g, '_');
const PLACEHOLDER_NOTES: Partial<Record<BrowserFamily, string>> = { chrome: 'export_policy_placeholder_chrome', edge: 'export_policy_placeholder_edge' };

export function PolicyExport({ settings, policy, ids, newUuid, onDownload }: PolicyExportProps) {
  const { t } = useI18n();
  const [locked, setLocked] = useState<ReadonlySet<SettingName>>(() => new Set(policy.locked));
  const [organizationName, setOrganizationName] = useState(policy.organizationName ?? '');
  const [downloaded, setDownloaded] = useState<string>();

  // Settings locked together (the cadence, the working hours) are one choice: ticking one ticks the other.
  const toggle = (name: SettingName, on: boolean) =>
    setLocked((current) => {
      const next = new Set(current);
      for (const n of lockGroup(name)) {
        if (on) next.add(n);
        else next.delete(n);
      }
      return next;
    });

  const download = (format: PolicyFormat) => {
    const choice = { settings, locked: [...locked], organizationName };
    const file = policyFile(format, choice, { ids, uuids: [newUuid(), newUuid(), newUuid()] });
    onDownload(file);
    setDownloaded(file.filename);
  };

  return (
    <div class="policy-export" data-testid="policy-export">
      <p>{t('export_policy_intro')}</p>
      <div class="policy-export__field">
        <label for="export-organization">{t('export_policy_org_label')}</label>
        <input
          id="export-organization"
          type="text"
          value={organizationName}
          maxLength={MAX_ORGANIZATION_NAME}
          aria-describedby="export-organization-hint"
          onInput={(e) => setOrganizationName((e.target as HTMLInputElement).value)}
        />
        <p id="export-organization-hint" class="hint">
          {t('export_policy_org_hint')}
        </p>
      </div>
      <fieldset class="policy-export__locks">
        <legend>{t('export_policy_lock_legend')}</legend>
        {SETTING_NAMES.map((name) => {
          const labelKey = SETTING_LABEL_KEYS[name];
          const others = lockGroup(name).filter((n) => n !== name);
          return (
            <div key={name} class="policy-export__lock">
              <label class="checkbox">
                <input
                  type="checkbox"
                  name="locked"
                  value={name}
                  checked={locked.has(name)}
                  aria-describedby={others.length > 0 ? `export-lock-${name}-note` : undefined}
                  onChange={(e) => toggle(name, (e.target as HTMLInputElement).checked)}
                />
                {labelKey && <span>{t(labelKey)}</span>} <code>{name}</code>
              </label>
              {others.length > 0 && (
                <p id={`export-lock-${name}-note`} class="hint">
                  {t('export_policy_lock_together', others.join(', '))}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <h4 id="export-downloads-heading">{t('export_policy_downloads_heading')}</h4>
      <ul class="policy-export__formats" aria-labelledby="export-downloads-heading">
        {POLICY_FORMATS.map((format) => {
          const { family } = FORMAT_INFO[format];
          const id = family ? ids[family] : ids.chrome;
          const placeholderKey = family && id.placeholder ? PLACEHOLDER_NOTES[family] : undefined;
          const where = format === 'google-admin' ? t('export_policy_where_google_admin', ids.chrome.id) : t(`export_policy_where_${formatKey(format)}`);
          return (
            <li key={format}>
              <button
                type="button"
                data-format={format}
                aria-describedby={`export-${format}-where${placeholderKey ? ` export-${format}-placeholder` : ''}`}
                onClick={() => download(format)}
              >
                {t('export_policy_download_for', t(`export_policy_format_${formatKey(format)}`))}
              </button>
              <p id={`export-${format}-where`} class="hint">
                {where}
              </p>
              {placeholderKey && (
                <p id={`export-${format}-placeholder`} class="policy-export__placeholder">
                  {t(placeholderKey, id.id)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" class="hint" data-testid="policy-export-status">
        {downloaded && t('export_policy_downloaded', downloaded)}
      </p>
    </div>
  );
}
