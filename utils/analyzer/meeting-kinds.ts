/** Meeting kinds PRODUCT.md says keep their live time: never "could be async". */
import { lowerSameLength } from './text';
import type { EventInput } from './types';

const KEEP_SYNC: Array<[kind: string, re: RegExp]> = [
  ['one-on-one', /(?<![a-z0-9])(?:1:1|1-1|1on1|1 on 1|one[- ]on[- ]one|1x1|o3|skip[- ]level)(?![a-z0-9])/],
  ['brainstorm', /(?<![a-z])(?:brainstorm\w*|workshop|ideation|design sprint|hackathon|whiteboard\w*)(?![a-z])/],
  ['strategy', /(?<![a-z])(?:strategy|strategic|planning session|planning|roadmap planning|okr planning|quarterly planning)(?![a-z])/],
  [
    'problem-solving',
    /(?<![a-z])(?:problem[- ]solving|incident|post[- ]?mortem|retro(?:spective)?|root cause|rca|war room|outage|sev ?[0-3]|debug\w*|troubleshoot\w*)(?![a-z])/,
  ],
  [
    'customer',
    /(?<![a-z])(?:sales call|sales meeting|sales demo|customer|client|prospect|demo for|discovery call|partner call|vendor call|pitch|negotiation|renewal|qbr)(?![a-z])/,
  ],
  ['interview', /(?<![a-z])(?:interview\w*|hiring|candidate|screening|phone screen|recruit\w*)(?![a-z])/],
  ['onboarding', /(?<![a-z])(?:onboarding|onboard|welcome|orientation|intro call|introduction|meet the team|new hire|buddy)(?![a-z])/],
  [
    'feedback',
    /(?<![a-z])(?:performance review|performance|perf review|feedback conversation|feedback session with|career|promotion|compensation|salary|pip|appraisal|annual review|mid-year review)(?![a-z])/,
  ],
  ['offboarding', /(?<![a-z])(?:offboarding|exit interview|farewell|leaving)(?![a-z])/],
  [
    'social',
    /(?<![a-z])(?:social|team[- ]building|teambuilding|coffee|virtual coffee|lunch|happy hour|drinks|party|celebration|games?|trivia|hangout|donut|birthday|bonding|after[- ]work)(?![a-z])/,
  ],
];

/**
 * The keep-sync kind of an event, or null. Titles name the kind; descriptions mention
 * customers and incidents in passing, so they do not count.
 */
export function keepSyncKind(e: Pick<EventInput, 'title'>): string | null {
  const title = lowerSameLength(e.title);
  for (const [kind, re] of KEEP_SYNC) if (re.test(title)) return kind;
  return null;
}

export function isSocial(e: Pick<EventInput, 'title'>): boolean {
  return keepSyncKind(e) === 'social';
}
