/** Where a message is written: long-form mail or a chat composer. */
export type Surface = 'email' | 'chat';
export type Severity = 'warn' | 'info';
export type Sensitivity = 'strict' | 'balanced' | 'relaxed';

export interface MessageInput {
  kind: 'message';
  surface: Surface;
  text: string;
  subject?: string;
}

export type RecurrenceFrequency = 'daily' | 'weekdays' | 'weekly' | 'biweekly' | 'monthly';

export interface EventInput {
  kind: 'event';
  title: string;
  description: string;
  /** Invitees other than the organizer. */
  guests: number;
  durationMinutes: number;
  recurring: boolean;
  recurrenceEnds: boolean;
  /** How often a series repeats, when the calendar says; used for the monthly cost. */
  recurrenceFrequency?: RecurrenceFrequency;
  /** Local date-time, `YYYY-MM-DDTHH:MM`. */
  start?: string;
}

export type AnalyzerInput = MessageInput | EventInput;

export interface WorkingHours {
  /** `HH:MM`, local to `timeZone`. */
  start: string;
  end: string;
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
}

export interface RuleOptions {
  enabled?: boolean;
  sensitivity?: Sensitivity;
  /** Extra trigger phrases the person or team added for this rule. */
  extraPhrases?: string[];
  /** Phrases this rule ignores. */
  allow?: string[];
}

export interface ResponseNorms {
  urgent: string;
  important: string;
  normal: string;
}

export interface RecentSend {
  /** Epoch ms. */
  at: number;
  /** Length of what was sent, never the text. */
  chars: number;
}

export interface AnalyzeContext {
  /** Epoch ms; rules that depend on the clock stay quiet without it. */
  now?: number;
  /** IANA zone; the runtime's own zone when absent. */
  timeZone?: string;
  workingHours: WorkingHours;
  hourlyRate: number;
  currency: string;
  largeMeetingGuests: number;
  longMeetingMinutes: number;
  responseNorms: ResponseNorms;
  rules: Partial<Record<string, RuleOptions>>;
  /** Phrases no rule ever treats as a trigger. */
  allowList: string[];
  /** Earlier sends to the same conversation (chat), newest last. */
  recentSends: RecentSend[];
}

export type TemplateKind = 'context-ask-deadline' | 'recap' | 'agenda' | 'async-update' | 'scheduled-send';

/**
 * A placeholder's value. Words, money and weekdays are never formatted here: the UI layer
 * (`utils/i18n/finding-text.ts`) turns `{ money, currency }` and `{ weekday }` into the person's
 * language, and numbers into its digits.
 */
export type DataValue = string | number | { money: number; currency: string } | { weekday: number };
export type FindingData = Record<string, DataValue>;

export interface Suggestion {
  /** The rule has an insertable template (a structure the person fills in). */
  template: boolean;
  templateKind?: TemplateKind;
  /** Fills `{name}` in the suggestion text (the team's response norms). */
  data?: FindingData;
}

/**
 * What a rule found, as ids and values: `rule` and `messageId` name the words in
 * `locales/<lang>.yml` (`rules.<id>.message.<messageId>`, `.why`, `.suggestion`, `.template`).
 */
export interface Finding {
  rule: string;
  messageId: string;
  severity: Severity;
  /** UTF-16 offsets into the analysed text, for the underline. */
  start?: number;
  end?: number;
  /** Fills `{name}` in the message; values a UI may show (e.g. the meeting cost). Shown, never stored. */
  data?: FindingData;
  suggestion: Suggestion;
}
