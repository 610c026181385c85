/**
 * Unfilled templates are not fixes. An inserted template ("Goal: …", "Needed by … because …")
 * reads to the analyzer like the real thing, so before a draft is checked every still-unfilled
 * placeholder of a known template — its label and the "…" right after it — is blanked out with
 * spaces (same length, so underline offsets still map to the editor). "Goal: …" alone then
 * leaves no-agenda standing, "Needed by: …" leaves no-deadline, until the person fills them in.
 */

export const PLACEHOLDER = '…';

/**
 * The fragments of a template that stay in a draft while a placeholder is unfilled: for each
 * "…", the text before it back to the previous placeholder, line start or sentence end
 * ("Goal: …", "— needed by …", "because …", "- …").
 */
export function placeholderFragments(template: string): string[] {
  const out: string[] = [];
  for (const line of template.split('\n')) {
    const parts = line.split(PLACEHOLDER);
    for (let i = 0; i < parts.length - 1; i++) {
      // A greeting or a heading before the label ("Hi! Context: …") is not part of it.
      const label = (parts[i] as string).replace(/^.*[.!?]\s+/u, '').trimStart();
      // A bare "…" could be the person's own ellipsis: only a labelled placeholder is ours.
      if (label.trim()) out.push(`${label}${PLACEHOLDER}`);
    }
  }
  return out;
}

/** A template's heading lines with no placeholder of their own ("Topics:", "Decisions:"). */
export function templateHeadings(template: string): string[] {
  return template
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.endsWith(':') && !line.includes(PLACEHOLDER));
}

export interface Fragments {
  /** Longest first, so a longer label wins over its own tail. */
  placeholders: string[];
  headings: string[];
}

export function fragmentsOf(templates: Iterable<string>): Fragments {
  const placeholders = new Set<string>();
  const headings = new Set<string>();
  for (const t of templates) {
    for (const f of placeholderFragments(t)) placeholders.add(f);
    for (const h of templateHeadings(t)) headings.add(h);
  }
  return { placeholders: [...placeholders].sort((a, b) => b.length - a.length), headings: [...headings] };
}

const blankOut = (s: string) => ' '.repeat(s.length);

/** After `at`: the rest of the line is blank and so is the next one, which is not empty (it was blanked). */
function overBlankLine(text: string, at: number): boolean {
  const eol = text.indexOf('\n', at);
  if (eol < 0 || text.slice(at, eol).trim()) return false;
  const next = text.indexOf('\n', eol + 1);
  const line = text.slice(eol + 1, next < 0 ? text.length : next);
  return line.length > 0 && !line.trim();
}

/**
 * `text` with each unfilled fragment replaced by as many spaces, and a heading whose next line
 * was left blank that way ("Topics:" over "- …"); everything else untouched.
 */
export function maskUnfilled(text: string, { placeholders, headings }: Fragments): string {
  if (!text.includes(PLACEHOLDER)) return text;
  let out = text;
  for (const f of placeholders) {
    if (out.includes(f)) out = out.split(f).join(blankOut(f));
  }
  for (const h of headings) {
    for (let at = out.indexOf(h); at >= 0; at = out.indexOf(h, at + h.length)) {
      if (overBlankLine(out, at + h.length)) out = out.slice(0, at) + blankOut(h) + out.slice(at + h.length);
    }
  }
  return out;
}
