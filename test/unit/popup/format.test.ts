/** The popup's small pure helpers: which site a tab is, the tips, and how numbers read. */
import { describe, expect, it } from 'vitest';
import { count, percent, pointsDelta, ratio, tomorrowAt, untilLabel } from '@/components/popup/format';
import { formatMoney as money } from '@/utils/i18n';
import { ruleLabel, ruleTip } from '@/components/popup/rule-tips';
import { SITE_KEYS, siteForUrl } from '@/utils/catalog/sites';
import { siteName } from '@/utils/i18n';
import { RULE_IDS as ruleIds } from '@/utils/catalog/rules';
import { getMessageFor } from '@/utils/i18n/node';

describe('siteForUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://app.slack.com/client/T1/C2', 'slack'],
    ['https://outlook.office.com/mail/inbox', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office365.com/calendar/view/week', 'outlookCalendar'], // the calendar lives on the mail hosts
    ['https://outlook.cloud.microsoft/calendar', 'outlookCalendar'],
    ['https://calendar.google.com/calendar/r/eventedit', 'gcal'],
  ])('%s is %s', (url, site) => expect(siteForUrl(url)).toBe(site));

  it.each([
    [undefined, 'no URL: the popup may not see this tab'],
    ['chrome-extension://abc/popup.html', 'the extension’s own page'],
    ['https://example.com/mail.google.com', 'another site mentioning one'],
    ['https://mail.google.com.evil.test/', 'a look-alike host'],
    ['http://mail.google.com/', 'not https'],
    ['not a url', 'garbage'],
  ])('%s is no site (%s)', (url, _why) => expect(siteForUrl(url)).toBeNull());
});

describe('site names', () => {
  it('come from the locale files, short ones for the row of five switches', () => {
    expect(SITE_KEYS).toEqual(['gmail', 'slack', 'outlook', 'gcal', 'outlookCalendar']);
    expect(siteName('gcal')).toBe('Google Calendar');
    expect(siteName('gcal', 'short')).toBe('G Calendar');
  });
});

describe('rule tips', () => {
  it('every rule has a one-sentence tip of at most about two lines, and a why', () => {
    for (const id of ruleIds) {
      const tip = ruleTip(id);
      expect(tip?.tip, id).toMatch(/^[A-Z].*[.!?]$/);
      expect(tip?.tip.length, id).toBeLessThanOrEqual(110);
      expect(tip?.why.length, id).toBeGreaterThan(40);
    }
  });

  it('cuts a long suggestion to its first clause, asides first', () => {
    expect(ruleTip('no-deadline')?.tip).toBe('Say by when, or that there is no rush.');
    expect(ruleTip('link-access-check')?.tip).toBe('Open the sharing settings and make sure every reader has access.');
  });

  it("a rule's label is its name in the UI language", () => {
    const english = getMessageFor('en');
    for (const id of ruleIds) expect(ruleLabel(id), id).toBe(english(`rules_${id.replaceAll('-', '_')}_name`));
  });

  it('a rule id this version no longer has gets a name and no tip', () => {
    expect(ruleTip('retired-rule')).toBeNull();
    expect(ruleLabel('retired-rule')).toBe('Retired rule');
  });
});

describe('numbers', () => {
  it('ratios are parts of 100', () => {
    expect(ratio(0.2)).toBe('20:80');
    expect(ratio(1 / 3)).toBe('33:67');
    expect(ratio(0)).toBe('0:100');
  });

  it('changes are signed percentage points', () => {
    expect(pointsDelta(0.72, 0.64)).toBe('+8 pts');
    expect(pointsDelta(0.5, 0.6)).toBe('−10 pts');
    expect(pointsDelta(0.5, 0.501)).toBe('±0 pts');
    expect(pointsDelta(0.51, 0.5)).toBe('+1 pt');
  });

  it('numbers follow the UI language', () => {
    expect(count(1234)).toBe('1,234');
    expect(percent(0.745)).toBe('75%'); // rounded as the chart rounds, not 74%
    expect(count(1234, 'de')).toBe('1.234');
    expect(percent(0.75, 'de')).toBe('75\u00a0%');
    expect(ratio(0.2, 'ar-EG')).toBe('٢٠:٨٠');
  });

  it('money has no cents and the person’s currency', () => {
    expect(money(1234.5, 'EUR', 'en-US')).toBe('€1,235');
    expect(money(0, 'USD', 'en-US')).toBe('$0');
  });

  it('“until tomorrow” is the start of the next working day, local clock', () => {
    const evening = new Date(2025, 2, 10, 18, 30);
    expect(new Date(tomorrowAt('09:00', evening))).toEqual(new Date(2025, 2, 11, 9, 0));
    // The last day of a month rolls over.
    expect(new Date(tomorrowAt('08:30', new Date(2025, 2, 31, 23, 0)))).toEqual(new Date(2025, 3, 1, 8, 30));
  });

  it('a pause ending today shows the time; a later one the weekday too', () => {
    const now = new Date(2025, 2, 10, 14, 0);
    expect(untilLabel(new Date(2025, 2, 10, 15, 4).getTime(), now, 'en-GB')).toBe('15:04');
    expect(untilLabel(new Date(2025, 2, 11, 9, 0).getTime(), now, 'en-GB')).toBe('Tue 09:00');
  });
});
