import { browser } from 'wxt/browser';
import { Welcome } from '@/components/welcome/Welcome';

function openOptions() {
  void browser.runtime.openOptionsPage();
}

/** The page opened once, on install (see background.ts). */
export default function App() {
  return <Welcome openOptions={openOptions} />;
}
