import type { Hit } from './lexicon';
import type { Draft } from './text';
import type { EventField } from './schema';
import type { AnalyzeContext, EventInput, FindingData, Sensitivity, Severity, Suggestion, Surface, TemplateKind } from './types';

/**
 * A rule is data plus one pure function. What it says lives in `locales/<lang>.yml` under
 * `rules.<id>` (`-` becomes `_`): `summary` (one line for the README and the options page), `why`,
 * `message.<messageId>`, `suggestion`, and `template` / `sensitivity` when the rule has them.
 * The analyzer reports ids and values only; `utils/i18n/finding-text.ts` turns them into words,
 * and `test/unit/i18n.test.ts` proves each rule's keys and placeholders exist. Rules read English
 * text, so their examples stay here.
 */
interface BaseMeta {
  id: string;
  severity: Severity;
  /** An English text it fires on, quoted from PRODUCT.md where it has one. */
  example?: string;
  /** An English text it is happy with (PRODUCT.md's ✓ column where it has one); a test checks it passes. */
  passes?: string;
  /** Its message ids; each report names one, and `{name}` in the words is filled from its data. */
  messages: readonly string[];
  suggestion?: {
    /** Has an insertable `template` (a structure the person fills in). */
    template?: boolean;
    templateKind?: TemplateKind;
    /** Fills `{name}` in the suggestion (e.g. the team's response norms). */
    data?: (ctx: AnalyzeContext) => FindingData;
  };
  /** Strict and relaxed move a real boundary (the options page shows `rules.<id>.sensitivity`). */
  sensitivity?: boolean;
}

export interface MessageRuleMeta extends BaseMeta {
  kind: 'message';
  surfaces?: Surface[];
  /** Reads English phrases: stays quiet on text in another language. */
  english: boolean;
  /** tag → trigger phrases, scanned once for all rules. Extra phrases get the tag `extra`. */
  lexicon?: Record<string, string[]>;
  /** Run even when no lexicon phrase was hit (the rule looks for something else too). */
  checksWithoutHits?: boolean;
  /** Judges the message as a whole (its clock, length or sends), never a phrase: no extra phrases or allow-list. */
  wholeMessage?: boolean;
}

export interface EventRuleMeta extends BaseMeta {
  kind: 'event';
  /** Fields it reads; it is skipped when one of them arrived invalid (NaN, negative, an impossible clock). */
  needs?: readonly EventField[];
}

export interface Report {
  messageId: string;
  start?: number;
  end?: number;
  data?: FindingData;
}

export type ReportFn = (r: Report) => void;

export interface MessageCheck {
  draft: Draft;
  /** This rule's trigger hits, in text order (allow-listed ones already removed). */
  hits: Hit[];
  ctx: AnalyzeContext;
  sensitivity: Sensitivity;
  report: ReportFn;
}

export interface EventCheck {
  event: EventInput;
  ctx: AnalyzeContext;
  sensitivity: Sensitivity;
  report: ReportFn;
}

export interface MessageRule {
  meta: MessageRuleMeta;
  check: (c: MessageCheck) => void;
}

export interface EventRule {
  meta: EventRuleMeta;
  check: (c: EventCheck) => void;
}

export type Rule = MessageRule | EventRule;

export function defineMessageRule(rule: MessageRule): MessageRule {
  return rule;
}

export function defineEventRule(rule: EventRule): EventRule {
  return rule;
}

/** The rule's suggestion as ids and values, with the team's settings filled in. */
export function suggestionFor(meta: MessageRuleMeta | EventRuleMeta, ctx: AnalyzeContext): Suggestion {
  const { template, templateKind, data } = meta.suggestion ?? {};
  const s: Suggestion = { template: template === true };
  if (templateKind) s.templateKind = templateKind;
  if (data) s.data = data(ctx);
  return s;
}
