/** When the person works, for after-hours and outside-hours. */
import { runtimeTimeZone, type Settings } from '@/utils/settings/schema';
import { describedBy, FieldError, SelectField, sentence, useField } from './Fields';
import { Section } from './Section';
import type { Issue, SettingsStore } from './store';

// Monday first, as most work weeks are written; stored as 0 = Sunday … 6 = Saturday.
export const DAYS: ReadonlyArray<{ day: number; short: string; name: string }> = [
  { day: 1, short: 'Mon', name: 'Monday' },
  { day: 2, short: 'Tue', name: 'Tuesday' },
  { day: 3, short: 'Wed', name: 'Wednesday' },
  { day: 4, short: 'Thu', name: 'Thursday' },
  { day: 5, short: 'Fri', name: 'Friday' },
  { day: 6, short: 'Sat', name: 'Saturday' },
  { day: 0, short: 'Sun', name: 'Sunday' },
];

type Hours = Settings['workingHours'];

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

let zoneOptions: Array<{ value: string; label: string }> | null = null;

/** Every zone the browser knows, with its current offset; built once. */
function timeZoneOptions(current: string): Array<{ value: string; label: string }> {
  if (!zoneOptions) {
    const here = runtimeTimeZone();
    const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
    zones.add('UTC');
    zones.add(here);
    zoneOptions = [...zones].sort().map((zone) => {
      const offset = offsetOf(zone);
      return { value: zone, label: `${zone.replace(/_/g, ' ')}${offset ? ` (${offset})` : ''}${zone === here ? ' — this browser' : ''}` };
    });
  }
  return zoneOptions.some((o) => o.value === current) ? zoneOptions : [{ value: current, label: current }, ...zoneOptions];
}

/** "must be after the start time" → "End must be after the start time." */
const about = (name: string) => (message: string) => (message.startsWith('must') ? `${name} ${message}.` : sentence(message));

const at = (issues: readonly Issue[], path: string) => issues.filter((i) => i.path === path);

function HoursFields({ store }: { store: SettingsStore }) {
  const { draft, issues, update, flush } = useField<Hours>(store, 'working-hours', store.settings.workingHours, (wh) => (s) => ({ ...s, workingHours: wh }));
  const startIssues = at(issues, 'workingHours.start');
  const endIssues = at(issues, 'workingHours.end');
  const dayIssues = issues.filter((i) => i.path.startsWith('workingHours.days'));
  const otherIssues = issues.filter((i) => !startIssues.includes(i) && !endIssues.includes(i) && !dayIssues.includes(i));
  const toggleDay = (day: number, on: boolean) =>
    update({ ...draft, days: on ? [...draft.days.filter((d) => d !== day), day].sort((a, b) => a - b) : draft.days.filter((d) => d !== day) });
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor="working-start">Start</label>
          <input
            id="working-start"
            type="time"
            value={draft.start}
            aria-invalid={startIssues.length > 0 || undefined}
            aria-describedby={describedBy(startIssues.length > 0 && 'working-start-error')}
            onChange={(e) => update({ ...draft, start: e.currentTarget.value }, { typing: true })}
            onBlur={flush}
          />
          <FieldError id="working-start-error" issues={startIssues} format={about('Start')} />
        </div>
        <div className="field">
          <label htmlFor="working-end">End</label>
          <input
            id="working-end"
            type="time"
            value={draft.end}
            aria-invalid={endIssues.length > 0 || undefined}
            aria-describedby={describedBy(endIssues.length > 0 && 'working-end-error')}
            onChange={(e) => update({ ...draft, end: e.currentTarget.value }, { typing: true })}
            onBlur={flush}
          />
          <FieldError id="working-end-error" issues={endIssues} format={about('End')} />
        </div>
      </div>
      <FieldError id="working-hours-error" issues={otherIssues} />
      <fieldset className="days" aria-describedby={describedBy('working-days-help', dayIssues.length > 0 && 'working-days-error')}>
        <legend>Working days</legend>
        <div className="day-list">
          {DAYS.map(({ day, short, name }) => (
            <label key={day} className="day">
              <input type="checkbox" aria-label={name} checked={draft.days.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />
              <span aria-hidden="true">{short}</span>
            </label>
          ))}
        </div>
        <FieldError id="working-days-error" issues={dayIssues} />
        <p className="help" id="working-days-help">
          Messages written and meetings set outside these hours and days get a gentle note.
        </p>
      </fieldset>
    </>
  );
}

export function WorkingHoursSection({ store }: { store: SettingsStore }) {
  const here = runtimeTimeZone();
  return (
    <Section id="working-hours" title="Working hours" help="Used by after-hours (messages) and outside-hours (meetings), in the time zone below.">
      <HoursFields key={store.version} store={store} />
      <SelectField
        store={store}
        id="time-zone"
        label="Time zone"
        help={store.settings.timeZone === here ? 'The same as this browser.' : `This browser is set to ${here}.`}
        value={store.settings.timeZone}
        options={timeZoneOptions(store.settings.timeZone)}
        change={(zone) => (s) => ({ ...s, timeZone: zone })}
      />
    </Section>
  );
}
