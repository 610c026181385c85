/** What a meeting costs and when it counts as large or long. */
import { useMemo } from 'react';
import { formatMoney, formatNumber, t, uiLocale } from '@/utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { numberFrom, SelectField, TextField } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

let currencyNames: ReadonlyArray<{ code: string; name: string }> | null = null;

/** Every currency the browser knows, with its name in the UI language; looked up once. */
function knownCurrencies(): ReadonlyArray<{ code: string; name: string }> {
  if (!currencyNames) {
    const names = new Intl.DisplayNames([uiLocale(), 'en'], { type: 'currency' });
    const codes = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP']);
    currencyNames = [...codes].sort().map((code) => ({ code, name: names.of(code) ?? code }));
  }
  return currencyNames;
}

function currencies(current: string): Array<{ value: string; label: string }> {
  const options = knownCurrencies().map(({ code, name }) => ({ value: code, label: t('options.meetings.currencyOption', { code, name }) }));
  return options.some((o) => o.value === current) ? options : [{ value: current, label: current }, ...options];
}

/** The cost line a five-guest, one-hour meeting would get: (guests + 1) × hours × rate. */
function exampleCost(s: Settings): string {
  return formatMoney(6 * s.hourlyRate, s.currency);
}

export function MeetingsSection({ store }: { store: SettingsStore }) {
  const s = store.settings;
  const currencyOptions = useMemo(() => currencies(s.currency), [s.currency]);
  return (
    <Section id="meetings" title={t('options.meetings.title')} help={t('options.meetings.help')}>
      <div className="field-row">
        <TextField
          store={store}
          id="hourly-rate"
          path="hourlyRate"
          label={t('options.meetings.hourlyRate')}
          value={String(s.hourlyRate)}
          type="number"
          inputProps={{ min: 0, max: 100000, step: 'any', inputMode: 'decimal' }}
          change={(text) => (cur) => ({ ...cur, hourlyRate: numberFrom(text) })}
          help={t('options.meetings.costExample', { cost: exampleCost(s) })}
        />
        <SelectField
          store={store}
          id="currency"
          path="currency"
          label={t('options.meetings.currency')}
          value={s.currency}
          options={currencyOptions}
          change={(code) => (cur) => ({ ...cur, currency: code })}
        />
      </div>
      <div className="field-row">
        <TextField
          store={store}
          id="large-meeting-guests"
          path="largeMeetingGuests"
          label={t('options.meetings.largeGuests')}
          value={String(s.largeMeetingGuests)}
          type="number"
          inputProps={{ min: 1, max: 1000, step: 1, inputMode: 'numeric' }}
          suffix={<span className="unit">{t('options.meetings.guestsUnit', s.largeMeetingGuests)}</span>}
          change={(text) => (cur) => ({ ...cur, largeMeetingGuests: numberFrom(text) })}
          help={t('options.meetings.default', { value: formatNumber(DEFAULT_SETTINGS.largeMeetingGuests) })}
        />
        <TextField
          store={store}
          id="long-meeting-minutes"
          path="longMeetingMinutes"
          label={t('options.meetings.longMinutes')}
          value={String(s.longMeetingMinutes)}
          type="number"
          inputProps={{ min: 5, max: 1440, step: 5, inputMode: 'numeric' }}
          suffix={<span className="unit">{t('options.meetings.minutesUnit', s.longMeetingMinutes)}</span>}
          change={(text) => (cur) => ({ ...cur, longMeetingMinutes: numberFrom(text) })}
          help={t('options.meetings.default', { value: formatNumber(DEFAULT_SETTINGS.longMeetingMinutes) })}
        />
      </div>
    </Section>
  );
}
