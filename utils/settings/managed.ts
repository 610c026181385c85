/**
 * The team policy from the browser's managed storage. Chrome/Edge fill it from enterprise
 * policy (`3rdparty.extensions.<id>`), checked against `managed_schema`; Firefox from
 * `policies.json` (`3rdparty.Extensions.<id>`). Both reject the read when no policy exists
 * (Firefox: "Managed storage manifest not found"), which means no policy here.
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

/** Calls `onChange` with the new policy whenever IT changes it (Chrome re-reads policy while running). */
export function watchTeamPolicy(onChange: (policy: TeamPolicy) => void): () => void {
  const events = browser.storage?.onChanged;
  if (!events) return () => undefined;
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadTeamPolicy().then(onChange);
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
