/**
 * What a hint panel does by itself when its host passes nothing else: re-enable a rule (Undo)
 * and open the options page at the rules. A content script cannot open extension pages, so the
 * background does it on a typed message (utils/messages.ts).
 */
import { browser } from '@wxt-dev/browser';
import type { OpenOptionsMessage } from '../utils/messages';
import { setRuleEnabled } from '../utils/settings/storage';

const warn = (what: string) => (error: unknown) => console.warn(`Async Nudge: ${what} failed`, error);

export function enableRule(rule: string): void {
  void setRuleEnabled(rule, true).catch(warn('turning the rule back on'));
}

export function openRuleOptions(): void {
  const message: OpenOptionsMessage = { type: 'openOptions', section: 'rules' };
  void browser.runtime.sendMessage(message).catch(warn('opening the options page'));
}
