/** What a meeting costs and when it counts as large or long. */
import { formatMoney } from '@/utils/analyzer/context';
import type { Settings } from '@/utils/settings/schema';
import { numberFrom, SelectField, TextField } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

let currencyOptions: Array<{ value: string; label: string }> | null = null;

function currencies(current: string): Array<{ value: string; label: string }> {
  if (!currencyOptions) {
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    const codes = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP']);
    currencyOptions = [...codes].sort().map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
  }
  return currencyOptions.some((o) => o.value === current) ? currencyOptions : [{ value: current, label: current }, ...currencyOptions];
}

/** The cost line a five-guest, one-hour meeting would get: (guests + 1) × hours × rate. */
function exampleCost(s: Settings): string {
  return formatMoney(6 * s.hourlyRate, s.currency);
}

export function MeetingsSection({ store }: { store: SettingsStore }) {
  const s = store.settings;
  return (
    <Section
      id="meetings"
      title="Meetings"
      help="Calendar hints show what a meeting costs in people’s time and point out large and long ones, so a written update can be weighed against it."
    >
      <div className="field-row">
        <TextField
          store={store}
          id="hourly-rate"
          label="Hourly rate per person"
          value={String(s.hourlyRate)}
          type="number"
          inputProps={{ min: 0, max: 100000, step: 'any', inputMode: 'decimal' }}
          change={(text) => (cur) => ({ ...cur, hourlyRate: numberFrom(text) })}
          help={`A one-hour meeting with 5 guests costs about ${exampleCost(s)} at this rate.`}
        />
        <SelectField
          store={store}
          id="currency"
          label="Currency"
          value={s.currency}
          options={currencies(s.currency)}
          change={(code) => (cur) => ({ ...cur, currency: code })}
        />
      </div>
      <div className="field-row">
        <TextField
          store={store}
          id="large-meeting-guests"
          label="Large meeting: more guests than"
          value={String(s.largeMeetingGuests)}
          type="number"
          inputProps={{ min: 1, max: 1000, step: 1, inputMode: 'numeric' }}
          suffix={<span className="unit">guests</span>}
          change={(text) => (cur) => ({ ...cur, largeMeetingGuests: numberFrom(text) })}
          help="Default 8."
        />
        <TextField
          store={store}
          id="long-meeting-minutes"
          label="Long meeting: longer than"
          value={String(s.longMeetingMinutes)}
          type="number"
          inputProps={{ min: 5, max: 1440, step: 5, inputMode: 'numeric' }}
          suffix={<span className="unit">minutes</span>}
          change={(text) => (cur) => ({ ...cur, longMeetingMinutes: numberFrom(text) })}
          help="Default 60."
        />
      </div>
    </Section>
  );
}
