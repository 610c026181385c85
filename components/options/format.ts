/** Numbers and lists on the options page, in the browser's UI language. */
import { uiLocale } from '@/utils/i18n';

/** A count with the UI language's digits and grouping ("1,234"). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/** Names as a short list ("Gmail, Slack, Outlook"). */
export function formatList(names: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'short' }).format(names);
}
