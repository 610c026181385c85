import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { FirstRead } from '@/utils/stats/queries';
import { PopupApp } from '@/components/popup/PopupApp';
import type { StatsDb } from '@/utils/stats/db';

/**
 * Without the "tabs" permission Chrome gives the popup a tab's URL only where the extension
 * has host access (the sites it runs on); anywhere else `url` is undefined and the popup
 * shows every site's switch instead.
 */
async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

function openOptions() {
  void browser.runtime.openOptionsPage();
}

export default function App({ db, firstRead }: { db: StatsDb; firstRead?: FirstRead }) {
  return <PopupApp db={db} firstRead={firstRead} activeTabUrl={activeTabUrl} openOptions={openOptions} />;
}

export function mountPopup(root: HTMLElement, db: StatsDb, firstRead?: FirstRead) {
  createRoot(root).render(
    <StrictMode>
      <App db={db} firstRead={firstRead} />
    </StrictMode>,
  );
}
