/**
 * The working-hours controls the options page and the welcome page both show: start and end,
 * the working days, the time zone. Each takes a value and reports a change; the page decides
 * when to save (the options page at once, the welcome page on its button), where the notes go
 * and in whose words.
 */
import { type ReactNode, type Ref, useMemo } from 'react';
import { weekdayName } from '@/utils/i18n';
import { runtimeTimeZone } from '@/utils/settings/schema';
import { describedBy, FieldError, Select } from './Fields';
import type { Issue } from './store';

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

/** The schema's problems with working hours, by the control they belong to (`other`: the group as a whole). */
export function hoursIssues(issues: readonly Issue[]): Record<'start' | 'end' | 'days' | 'other', Issue[]> {
  const start = issues.filter((i) => i.path === 'workingHours.start');
  const end = issues.filter((i) => i.path === 'workingHours.end');
  const days = issues.filter((i) => i.path.startsWith('workingHours.days'));
  const other = issues.filter((i) => !start.includes(i) && !end.includes(i) && !days.includes(i));
  return { start, end, days, other };
}

interface TimeFieldProps {
  id: 'working-start' | 'working-end';
  label: ReactNode;
  value: string;
  /** Its problems; shown as `${id}-error`, by the page, where it fits. */
  issues: readonly Issue[];
  onChange(value: string): void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** After the input, inside its field. */
  children?: ReactNode;
}

/** Start or end of the working day. */
export function TimeField({ id, label, value, issues, onChange, onBlur, inputRef, children }: TimeFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="time"
        value={value}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={describedBy(issues.length > 0 && `${id}-error`)}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
      />
      {children}
    </div>
  );
}

interface WorkingDaysProps {
  legend: ReactNode;
  days: readonly number[];
  issues: readonly Issue[];
  /** The days ticked, in order (0 = Sunday). */
  onChange(days: number[]): void;
  /** In the page's words; the schema's sentence when left out. */
  format?: (message: string) => string;
  /** Under the boxes and their error. */
  help?: ReactNode;
  className?: string;
  /** Monday's box, for a page that moves focus to the days. */
  firstDayRef?: Ref<HTMLInputElement>;
}

/** One box per day of the week, Monday first. */
export function WorkingDays({ legend, days, issues, onChange, format, help, className, firstDayRef }: WorkingDaysProps) {
  const toggle = (day: number, on: boolean) => onChange([...days.filter((d) => d !== day), ...(on ? [day] : [])].sort((a, b) => a - b));
  return (
    <fieldset className={className} aria-describedby={describedBy(help !== undefined && 'working-days-help', issues.length > 0 && 'working-days-error')}>
      <legend>{legend}</legend>
      <div className="day-list">
        {DAYS.map(({ day, short, name }, i) => (
          <label key={day} className="day">
            <input
              ref={i === 0 ? firstDayRef : undefined}
              type="checkbox"
              aria-label={name}
              checked={days.includes(day)}
              onChange={(e) => toggle(day, e.currentTarget.checked)}
            />
            <span aria-hidden="true">{short}</span>
          </label>
        ))}
      </div>
      <FieldError id="working-days-error" issues={issues} format={format} />
      {help !== undefined && (
        <p className="help" id="working-days-help">
          {help}
        </p>
      )}
    </fieldset>
  );
}

let knownZones: readonly string[] | null = null;

/** Every zone the browser knows, with UTC and its own; looked up once. */
function zoneIds(): readonly string[] {
  if (!knownZones) {
    const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
    zones.add('UTC');
    zones.add(runtimeTimeZone());
    knownZones = [...zones].sort();
  }
  return knownZones;
}

/** A zone's entry in the menu; `here` when it is this browser's own. Stable (module level): the list is built once per value. */
export type ZoneLabel = (zone: string, here: boolean) => string;

function timeZoneOptions(current: string, label: ZoneLabel): Array<{ value: string; label: string }> {
  const here = runtimeTimeZone();
  const options = zoneIds().map((zone) => ({ value: zone, label: label(zone, zone === here) }));
  // A stored zone this browser does not list stays choosable, first and as stored.
  return options.some((o) => o.value === current) ? options : [{ value: current, label: current }, ...options];
}

interface TimeZonePickerProps {
  label: ReactNode;
  value: string;
  optionLabel: ZoneLabel;
  onChange(zone: string): void;
  issues?: readonly Issue[];
  className?: string;
  /** After the menu, inside its field. The menu is described by `#time-zone-help`, which the page shows where it fits. */
  children?: ReactNode;
}

/** The time zone the working hours are in. */
export function TimeZonePicker({ label, value, optionLabel, onChange, issues, className, children }: TimeZonePickerProps) {
  const options = useMemo(() => timeZoneOptions(value, optionLabel), [value, optionLabel]);
  return (
    <Select id="time-zone" helpId="time-zone-help" label={label} value={value} options={options} issues={issues} onChange={onChange} className={className}>
      {children}
    </Select>
  );
}
