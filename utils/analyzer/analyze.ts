import { resolveContext } from './context';
import { invalidEventFields, validInstant } from './schema';
import { findPhrases, type Hit, Lexicon, type LexiconEntry } from './lexicon';
import { eventRules, messageRules } from './registry';
import { type Report, type Rule, suggestionFor } from './rule';
import { Draft, MAX_CHARS } from './text';
import { TIME_LEXICON } from './time';
import type { AnalyzeContext, AnalyzerInput, EventInput, Finding, MessageInput, Sensitivity } from './types';

// Keyed by the rules settings object: contexts that share settings share one scanner.
const lexicons = new WeakMap<AnalyzeContext['rules'], Lexicon>();
const resolved = new WeakMap<Partial<AnalyzeContext>, AnalyzeContext>();

function enabled(rule: Rule, ctx: AnalyzeContext): boolean {
  return ctx.rules[rule.meta.id]?.enabled !== false;
}

function sensitivity(rule: Rule, ctx: AnalyzeContext): Sensitivity {
  return ctx.rules[rule.meta.id]?.sensitivity ?? 'balanced';
}

/** The trigger scanner for a context, built once per context object. */
function lexiconFor(ctx: AnalyzeContext): Lexicon {
  let lex = lexicons.get(ctx.rules);
  if (lex) return lex;
  // Time phrases ride along in the same scan; they belong to no rule and are never disabled.
  const entries: LexiconEntry[] = Object.entries(TIME_LEXICON).flatMap(([tag, phrases]) => phrases.map((phrase) => ({ rule: 'time', tag, phrase })));
  for (const rule of messageRules) {
    if (!enabled(rule, ctx)) continue;
    for (const [tag, phrases] of Object.entries(rule.meta.lexicon ?? {})) {
      for (const phrase of phrases) entries.push({ rule: rule.meta.id, tag, phrase });
    }
    for (const phrase of ctx.rules[rule.meta.id]?.extraPhrases ?? []) entries.push({ rule: rule.meta.id, tag: 'extra', phrase });
  }
  lex = new Lexicon(entries);
  lexicons.set(ctx.rules, lex);
  return lex;
}

/** The compiled trigger expression for the default settings (for the size guard in tests). */
export function lexiconSource(): string {
  return lexiconFor(resolveContext()).source;
}

/** Every expression the trigger scan builds at run time, for the ReDoS check (the scan and its phrase patterns). */
export function lexiconExpressions(): string[] {
  const lex = lexiconFor(resolveContext());
  return [lex.source, ...lex.patternSources()];
}

function toFinding(rule: Rule, r: Report, ctx: AnalyzeContext): Finding {
  if (!rule.meta.messages.includes(r.messageId)) throw new Error(`${rule.meta.id}: unknown messageId "${r.messageId}"`);
  const f: Finding = { rule: rule.meta.id, messageId: r.messageId, severity: rule.meta.severity, suggestion: suggestionFor(rule.meta, ctx) };
  if (r.start !== undefined && r.end !== undefined) {
    f.start = r.start;
    f.end = r.end;
  }
  if (r.data) f.data = r.data;
  return f;
}

/** Not a rule: the note that a very long draft was checked in part. */
export const TRUNCATED = 'input-truncated';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function analyzeMessage(input: MessageInput, ctx: AnalyzeContext): Finding[] {
  const draft = new Draft(input.text, input.surface, input.subject);
  const findings: Finding[] = [];
  if (draft.truncated) {
    findings.push({ rule: TRUNCATED, messageId: 'truncated', severity: 'info', data: { count: MAX_CHARS }, suggestion: { template: false } });
  }
  if (draft.authored.end <= draft.authored.start) return findings;
  const hits = lexiconFor(ctx).scan(draft.lower, draft.authoredEnd);
  draft.hits = hits;
  const globalAllow = ctx.allowList.length ? findPhrases(draft.lower, ctx.allowList) : [];
  for (const rule of messageRules) {
    const meta = rule.meta;
    if (!enabled(rule, ctx)) continue;
    if (meta.surfaces && !meta.surfaces.includes(input.surface)) continue;
    let ruleHits: Hit[] = hits.get(meta.id) ?? [];
    // A phrase rule with nothing to look at is done before it starts (and the language check is skipped).
    if (meta.lexicon && ruleHits.length === 0 && !meta.checksWithoutHits) continue;
    if (meta.english && !draft.english) continue;
    const ruleAllow = ctx.rules[meta.id]?.allow;
    const allowed = ruleAllow?.length ? [...globalAllow, ...findPhrases(draft.lower, ruleAllow)] : globalAllow;
    if (allowed.length) ruleHits = ruleHits.filter((h) => !allowed.some((a) => overlaps(a, h)));
    rule.check({
      draft,
      hits: ruleHits,
      ctx,
      sensitivity: sensitivity(rule, ctx),
      report: (r) => {
        if (r.start !== undefined && r.end !== undefined && allowed.some((a) => overlaps(a, r as { start: number; end: number }))) return;
        findings.push(toFinding(rule, r, ctx));
      },
    });
  }
  return findings;
}

function analyzeEvent(input: EventInput, ctx: AnalyzeContext): Finding[] {
  const findings: Finding[] = [];
  const invalid = invalidEventFields(input, ctx);
  for (const rule of eventRules) {
    if (!enabled(rule, ctx)) continue;
    if (invalid.size > 0 && rule.meta.needs?.some((f) => invalid.has(f))) continue;
    rule.check({ event: input, ctx, sensitivity: sensitivity(rule, ctx), report: (r) => findings.push(toFinding(rule, r, ctx)) });
  }
  return findings;
}

/** A clock the rules cannot use (NaN, Infinity, beyond Date's range) is no clock; so are such sends. */
function validClocks(ctx: AnalyzeContext): AnalyzeContext {
  const badNow = ctx.now !== undefined && !validInstant(ctx.now);
  const badSend = ctx.recentSends.some((s) => !validInstant(s.at) || !Number.isFinite(s.chars));
  if (!badNow && !badSend) return ctx;
  return {
    ...ctx,
    now: badNow ? undefined : ctx.now,
    recentSends: badSend ? ctx.recentSends.filter((s) => validInstant(s.at) && Number.isFinite(s.chars)) : ctx.recentSends,
  };
}

/** Findings for a draft message or a calendar event. Pure: no DOM, no browser APIs. */
export function analyze(input: AnalyzerInput, context?: Partial<AnalyzeContext> | AnalyzeContext): Finding[] {
  let ctx = context ? resolved.get(context) : resolveContext();
  if (!ctx && context) {
    ctx = validClocks(resolveContext(context));
    resolved.set(context, ctx);
  }
  const c = ctx as AnalyzeContext;
  return input.kind === 'message' ? analyzeMessage(input, c) : analyzeEvent(input, c);
}
