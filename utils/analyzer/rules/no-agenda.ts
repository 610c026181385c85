import { isSocial } from '../meeting-kinds';
import { defineEventRule } from '../rule';
import { lowerSameLength } from '../text';
import type { Sensitivity } from '../types';

const GOAL =
  /(?<![a-z])(?:goal|goals|objective|objectives|purpose|outcome|outcomes|aim|agenda|decide|decision|decisions|align on|agree on|to review|review the|to discuss|discuss the|to plan|plan the|to finalise|to finalize|to choose|to pick|to approve|we will|we'll|in order to|so that|pre-read|preread|prep:|topics?|questions? to answer)(?![a-z])/;
const LIST_ITEM = /(?:^|\n)\s*(?:[-*•·–]|\d{1,2}[.)]|\[ ?\])\s+\S/g;

/** Does a description carry an agenda: a goal, or a list of topics? */
export function hasAgenda(description: string, sensitivity: Sensitivity = 'balanced'): boolean {
  const d = lowerSameLength(description.slice(0, 5000));
  if (!d.trim()) return false;
  if (GOAL.test(d)) return true;
  if (sensitivity === 'strict') return false;
  if (sensitivity === 'relaxed' && (d.match(/\S+/g)?.length ?? 0) >= 15) return true;
  let items = 0;
  LIST_ITEM.lastIndex = 0;
  while (LIST_ITEM.exec(d)) if (++items >= 2) return true;
  return false;
}

/*
 * Hit: 3 guests and an empty description; a description that is only a video link.
 * Not: "Goal: decide the Q3 launch date. Topics: - pricing - staffing"; a solo focus block; team coffee.
 */
export default defineEventRule({
  meta: {
    kind: 'event',
    needs: ['guests'],
    id: 'no-agenda',
    severity: 'warn',
    messages: ['noAgenda'],
    sensitivity: true,
    suggestion: { template: true, templateKind: 'agenda' },
  },
  check({ event, sensitivity, report }) {
    if (event.guests < 1 || isSocial(event)) return;
    if (!hasAgenda(event.description, sensitivity)) report({ messageId: 'noAgenda' });
  },
});
