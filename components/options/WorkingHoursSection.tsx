/** When the person works, for after-hours and outside-hours. */
import { t } from '@/utils/i18n';
import { runtimeTimeZone, type Settings } from '@/utils/settings/schema';
import { FieldError, FieldNotes, sentence, useField, useSaveOnChange } from './Fields';
import { hoursIssues, TimeField, TimeZonePicker, WorkingDays } from './HoursFields';
import { Section } from './Section';
import { Managed } from './Team';
import type { SettingsStore } from './store';

type Hours = Settings['workingHours'];

/** "UTC+01:00": a technical notation, the same in every language. */
function offsetOf(zone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(Date.now())
      .find((p) => p.type === 'timeZoneName');
    return part?.value.replace('GMT', 'UTC') || 'UTC';
  } catch {
    return '';
  }
}

/** Each zone's offset, looked up once. */
const offsets = new Map<string, string>();

/** "Europe/Berlin (UTC+01:00)". */
function zoneWithOffset(zone: string, here: boolean): string {
  let offset = offsets.get(zone);
  if (offset === undefined) offsets.set(zone, (offset = offsetOf(zone)));
  const data = { zone: zone.replace(/_/g, ' '), offset };
  return !offset ? data.zone : here ? t('options.workingHours.zoneOptionHere', data) : t('options.workingHours.zoneOption', data);
}

/** Next to End, "must be after the start time" reads "End must be after the start time." */
function endProblem(message: string): string {
  return message === t('settings.error.endAfterStart') ? t('options.workingHours.endAfterStart') : sentence(message);
}

function HoursFields({ store }: { store: SettingsStore }) {
  const { draft, issues, update, flush } = useField<Hours>(store, 'working-hours', store.settings.workingHours, (wh) => (s) => ({ ...s, workingHours: wh }));
  const at = hoursIssues(issues);
  return (
    <>
      <div className="field-row">
        <TimeField
          id="working-start"
          label={t('options.workingHours.start')}
          value={draft.start}
          issues={at.start}
          onChange={(start) => update({ ...draft, start }, { typing: true })}
          onBlur={flush}
        >
          <FieldError id="working-start-error" issues={at.start} />
        </TimeField>
        <TimeField
          id="working-end"
          label={t('options.workingHours.end')}
          value={draft.end}
          issues={at.end}
          onChange={(end) => update({ ...draft, end }, { typing: true })}
          onBlur={flush}
        >
          <FieldError id="working-end-error" issues={at.end} format={endProblem} />
        </TimeField>
      </div>
      <FieldError id="working-hours-error" issues={at.other} />
      <WorkingDays
        className="days"
        legend={t('options.workingHours.days')}
        days={draft.days}
        issues={at.days}
        onChange={(days) => update({ ...draft, days })}
        help={t('options.workingHours.daysHelp')}
      />
    </>
  );
}

function TimeZoneField({ store }: { store: SettingsStore }) {
  const { issuesOf, save } = useSaveOnChange(store);
  const issues = issuesOf('time-zone');
  const here = runtimeTimeZone();
  const zone = store.settings.timeZone;
  return (
    <TimeZonePicker
      label={t('options.workingHours.timeZone')}
      value={zone}
      optionLabel={zoneWithOffset}
      issues={issues}
      onChange={(next) => save('time-zone', (s) => ({ ...s, timeZone: next }))}
    >
      <FieldNotes
        errorId="time-zone-error"
        issues={issues}
        helpId="time-zone-help"
        help={zone === here ? t('options.workingHours.sameZone') : t('options.workingHours.otherZone', { zone: here.replace(/_/g, ' ') })}
      />
    </TimeZonePicker>
  );
}

export function WorkingHoursSection({ store }: { store: SettingsStore }) {
  return (
    <Section id="working-hours" title={t('options.workingHours.title')} help={t('options.workingHours.help')}>
      <Managed store={store} path="workingHours">
        <HoursFields key={store.version} store={store} />
      </Managed>
      <Managed store={store} path="timeZone">
        <TimeZoneField store={store} />
      </Managed>
    </Section>
  );
}
