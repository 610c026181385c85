import type { Hit } from './lexicon';
import type { Draft } from './text';
import type { AnalyzeContext, EventInput, Sensitivity, Severity, Suggestion, Surface } from './types';

export interface RuleDocs {
  /** One line for the README and the options page. */
  summary: string;
  /** An example that fires, quoted from PRODUCT.md where it has one. */
  example?: string;
}

interface BaseMeta {
  id: string;
  severity: Severity;
  why: string;
  docs: RuleDocs;
  /** messageId → message; `{name}` is filled from the report's data. */
  messages: Record<string, string>;
  suggestion: (ctx: AnalyzeContext) => Suggestion;
  /** What strict and relaxed change, for rules that honour sensitivity (the options page shows it). */
  sensitivity?: string;
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
}

export interface EventRuleMeta extends BaseMeta {
  kind: 'event';
}

export interface Report {
  messageId: string;
  start?: number;
  end?: number;
  data?: Record<string, number | string>;
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
