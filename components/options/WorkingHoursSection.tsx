/** When the person works, for after-hours and outside-hours. */
import { useMemo } from 'react';
import { t, weekdayName } from '@/utils/i18n';
import { runtimeTimeZone, type Settings } from '@/utils/settings/schema';
import { describedBy, FieldError, SelectField, sentence, useField } from './Fields';
import { Section } from './Section';
import type { Issue, SettingsStore } from './store';

const day = (n: number) => ({
  day: n,
  /** The name on the day's box ("Mon"), in the UI language. */
  get short() {
    return weekdayName(n, 'short');
  },
  /** The day's full name ("Monday"), for screen readers. */
  get name() {
    return weekdayName(n, 'long');
  },
});

// Monday first, as most work weeks are written; stored as 0 = Sunday … 6 = Saturday.
export const DAYS: ReadonlyArray<{ readonly day: number; readonly short: string; readonly name: string }> = [1, 2, 3, 4, 5, 6, 0].map(day);

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

let knownZones: ReadonlyArray<{ zone: string; offset: string }> | null = null;

/** Every zone the browser knows, with its current offset; looked up once. */
function zonesWithOffsets(): ReadonlyArray<{ zone: string; offset: string }> {
  if (!knownZones) {
    const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
    zones.add('UTC');
    zones.add(runtimeTimeZone());
    knownZones = [...zones].sort().map((zone) => ({ zone, offset: offsetOf(zone) }));
  }
  return knownZones;
}

function timeZoneOptions(current: string): Array<{ value: string; label: string }> {
  const here = runtimeTimeZone();
  const options = zonesWithOffsets().map(({ zone, offset }) => {
    const data = { zone: zone.replace(/_/g, ' '), offset };
    const label = !offset ? data.zone : zone === here ? t('options.workingHours.zoneOptionHere', data) : t('options.workingHours.zoneOption', data);
    return { value: zone, label };
  });
  return options.some((o) => o.value === current) ? options : [{ value: current, label: current }, ...options];
}

/** Next to End, "must be after the start time" reads "End must be after the start time." */
function endProblem(message: string): string {
  return message === t('settings.error.endAfterStart') ? t('options.workingHours.endAfterStart') : sentence(message);
}

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
          <label htmlFor="working-start">{t('options.workingHours.start')}</label>
          <input
            id="working-start"
            type="time"
            value={draft.start}
            aria-invalid={startIssues.length > 0 || undefined}
            aria-describedby={describedBy(startIssues.length > 0 && 'working-start-error')}
            onChange={(e) => update({ ...draft, start: e.currentTarget.value }, { typing: true })}
            onBlur={flush}
          />
          <FieldError id="working-start-error" issues={startIssues} />
        </div>
        <div className="field">
          <label htmlFor="working-end">{t('options.workingHours.end')}</label>
          <input
            id="working-end"
            type="time"
            value={draft.end}
            aria-invalid={endIssues.length > 0 || undefined}
            aria-describedby={describedBy(endIssues.length > 0 && 'working-end-error')}
            onChange={(e) => update({ ...draft, end: e.currentTarget.value }, { typing: true })}
            onBlur={flush}
          />
          <FieldError id="working-end-error" issues={endIssues} format={endProblem} />
        </div>
      </div>
      <FieldError id="working-hours-error" issues={otherIssues} />
      <fieldset className="days" aria-describedby={describedBy('working-days-help', dayIssues.length > 0 && 'working-days-error')}>
        <legend>{t('options.workingHours.days')}</legend>
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
          {t('options.workingHours.daysHelp')}
        </p>
      </fieldset>
    </>
  );
}

export function WorkingHoursSection({ store }: { store: SettingsStore }) {
  const here = runtimeTimeZone();
  const zone = store.settings.timeZone;
  const zoneOptions = useMemo(() => timeZoneOptions(zone), [zone]);
  return (
    <Section id="working-hours" title={t('options.workingHours.title')} help={t('options.workingHours.help')}>
      <HoursFields key={store.version} store={store} />
      <SelectField
        store={store}
        id="time-zone"
        label={t('options.workingHours.timeZone')}
        help={zone === here ? t('options.workingHours.sameZone') : t('options.workingHours.otherZone', { zone: here.replace(/_/g, ' ') })}
        value={zone}
        options={zoneOptions}
        change={(zone) => (s) => ({ ...s, timeZone: zone })}
      />
    </Section>
  );
}
