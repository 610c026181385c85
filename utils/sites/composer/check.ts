/** Analysing: a draft's findings (less the ones dismissed) and its request checklist. */
import { analyze } from '../../analyzer/analyze';
import { type Checklist, checklist } from '../../analyzer/checklist';
import type { AnalyzeContext, Finding, MessageInput } from '../../analyzer/types';

export interface DraftCheck {
  /** Everything the analyzer found, dismissed or not. */
  all: Finding[];
  /** What the panel shows. */
  findings: Finding[];
  checklist: Checklist | null;
}

export function checkDraft(input: MessageInput, context: AnalyzeContext, dismissed: ReadonlySet<string>): DraftCheck {
  const blank = !input.text.trim();
  const all = blank ? [] : analyze(input, context);
  const findings = all.filter((f) => !dismissed.has(f.rule));
  return { all, findings, checklist: findings.length || !blank ? checklist(input, findings) : null };
}
