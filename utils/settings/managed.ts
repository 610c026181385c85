/**
 * The team policy from the browser's managed storage. Chrome/Edge fill it from enterprise
 * policy (`3rdparty.extensions.<id>`), checked against `managed_schema`; Firefox from
 * `policies.json` (`3rdparty.Extensions.<id>`). Both reject the read when no policy exists
 * (Firefox: "Managed storage manifest not found"), which means no policy here.
 *
 * Chrome answers the first read after the browser starts only once its policy service has
 * loaded (seen: 2.7 s headless, then under 10 ms). Pages that only read settings don't wait for
 * it: `loadTeamPolicySoon` gives up after a moment and the watchers get the policy when it lands.
 */
import { browser } from 'wxt/browser';
import { NO_POLICY, parseTeamPolicy, type TeamPolicy } from './policy';

export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    const area = browser.storage?.managed;
    if (!area) return {};
    return (await area.get(null)) ?? {};
  } catch {
    return {};
  }
}

export async function loadTeamPolicy(): Promise<TeamPolicy> {
  try {
    return parseTeamPolicy(await readManagedRaw());
  } catch {
    return NO_POLICY;
  }
}

const listeners = new Set<(policy: TeamPolicy) => void>();

/** The read in flight, shared by every caller on the page; `late` once a caller gave up waiting on it. */
let pending: { read: Promise<TeamPolicy>; late: boolean } | null = null;

function sharedRead(): { read: Promise<TeamPolicy>; late: boolean } {
  if (pending) return pending;
  const entry = { read: loadTeamPolicy(), late: false };
  pending = entry;
  void entry.read.then(() => {
    if (pending === entry) pending = null;
  });
  return entry;
}

/**
 * The policy if the browser answers within `ms`, else null; watchers hear the answer when it
 * comes, once per read however many callers gave up on it.
 */
export async function loadTeamPolicySoon(ms: number): Promise<TeamPolicy | null> {
  const entry = sharedRead();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((done) => (timer = setTimeout(() => done(null), ms)));
  const first = await Promise.race([entry.read, late]);
  clearTimeout(timer);
  if (first === null && !entry.late) {
    entry.late = true;
    void entry.read.then((policy) => listeners.forEach((l) => l(policy)));
  }
  return first;
}

/** Calls `onChange` with the new policy whenever IT changes it (Chrome re-reads policy while running), or a slow first read lands. */
export function watchTeamPolicy(onChange: (policy: TeamPolicy) => void): () => void {
  listeners.add(onChange);
  const events = browser.storage?.onChanged;
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadTeamPolicy().then(onChange);
  };
  events?.addListener(listener);
  return () => {
    listeners.delete(onChange);
    events?.removeListener(listener);
  };
}
