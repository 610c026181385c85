/**
 * One switch per site, in the catalogue's order: the options page saves each as it flips, the
 * welcome page keeps them in its draft until its button. The page wraps the list in its layout.
 */
import { Fragment, type ReactNode } from 'react';
import { SITE_KEYS, type SiteKey } from '@/utils/catalog/sites';
import { siteName } from '@/utils/i18n';
import type { Settings } from '@/utils/settings/schema';
import { Switch } from './Fields';
import type { Issue } from './store';

/** A site's switch: its id, and the field its problems are told to the store under. */
export const siteSwitchId = (key: SiteKey) => `site-${key}`;

interface SiteListProps {
  sites: Settings['sites'];
  onChange(key: SiteKey, on: boolean): void;
  /** Under a site's name. */
  help?: (key: SiteKey) => ReactNode;
  issuesOf?: (key: SiteKey) => readonly Issue[];
  /** Wraps a site's switch (the options page marks the ones the team sets). */
  wrap?: (key: SiteKey, control: ReactNode) => ReactNode;
}

export function SiteList({ sites, onChange, help, issuesOf, wrap = (_key, control) => control }: SiteListProps) {
  return SITE_KEYS.map((key) => (
    <Fragment key={key}>
      {wrap(
        key,
        <Switch
          key={key}
          id={siteSwitchId(key)}
          label={siteName(key)}
          help={help?.(key)}
          checked={sites[key]}
          issues={issuesOf?.(key)}
          onChange={(on) => onChange(key, on)}
        />,
      )}
    </Fragment>
  ));
}
