// The options page's three settings forms together, as the page draws them in its sections: tests that check fields
// across forms render this.
import { RoutineSettings } from '../../components/settings/RoutineSettings';
import { ScheduleSettings } from '../../components/settings/ScheduleSettings';
import type { SettingsProps } from '../../components/settings/settings-props';
import { SoundSettings } from '../../components/settings/SoundSettings';

export function AllSettings(props: SettingsProps) {
  return (
    <>
      <ScheduleSettings {...props} />
      <RoutineSettings {...props} />
      <SoundSettings {...props} />
    </>
  );
}
