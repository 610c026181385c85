/** Analysing: a draft's findings (less the ones dismissed) and its request checklist. */
import { analyze } from '../../analyzer/analyze';
import { type Checklist, checklist } from '../../analyzer/checklist';
import { allRules } from '../../analyzer/registry';
import type { AnalyzeContext, Finding, MessageInput } from '../../analyzer/types';
import { ruleKey, tKey } from '../../i18n';
import { type Fragments, fragmentsOf, maskUnfilled } from './placeholders';

export interface DraftCheck {
  /** Everything the analyzer found, dismissed or not. */
  all: Finding[];
  /** What the panel shows. */
  findings: Finding[];
  checklist: Checklist | null;
}

let fragments: Fragments | null = null;

/** The unfilled-placeholder fragments of every rule's template, in the UI language (read once). */
export function templateFragments(): Fragments {
  fragments ??= fragmentsOf(allRules.filter((r) => r.meta.suggestion?.template).map((r) => tKey(`${ruleKey(r.meta.id)}.template`)));
  return fragments;
}

/** The text the analyzer judges: the draft with unfilled template placeholders blanked out. */
export const judgedText = (text: string): string => maskUnfilled(text, templateFragments());

export function checkDraft(input: MessageInput, context: AnalyzeContext, dismissed: ReadonlySet<string>): DraftCheck {
  const judged: MessageInput = { ...input, text: judgedText(input.text), ...(input.subject !== undefined && { subject: judgedText(input.subject) }) };
  const blank = !judged.text.trim();
  const all = blank ? [] : analyze(judged, context);
  const findings = all.filter((f) => !dismissed.has(f.rule));
  return { all, findings, checklist: findings.length || !blank ? checklist(judged, findings) : null };
}
