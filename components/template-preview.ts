/**
 * What an Insert button says it inserts, derived from the very template text the insertion
 * uses (`findingText(f).template`), so the label and the inserted text cannot drift apart.
 * A one-line template is shown whole; a multi-line one by its headings, in order
 * ("Context: … / Ask: … / By when: …"): the bullet lines under a heading are its blanks.
 */
export function templatePreview(template: string): string {
  const lines = template
    .split('\n')
    .map((line) => line.trim())
    // "- …": a blank under the heading above it.
    .filter((line) => line !== '' && !/^[-*•]\s/.test(line));
  if (lines.length === 1) return lines[0] as string;
  return lines
    .map((line) => {
      const colon = line.indexOf(':');
      return colon === -1 ? line : `${line.slice(0, colon + 1)} …`;
    })
    .join(' / ');
}
