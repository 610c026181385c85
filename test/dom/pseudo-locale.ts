/**
 * A pseudo-locale for completeness tests: every message comes back wrapped in ⟦…⟧, so any
 * visible word outside the brackets was written in code instead of `locales/en.yml`. The
 * brackets close around each `{placeholder}` and between plural forms (` | `), so what the code
 * fills in (a number, or another message such as a site name) is checked too.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFor } from '../../utils/i18n/node';

const english = getMessageFor('en');

/** Switch the test browser to the pseudo-locale; returns the switch back to English. */
export function switchToPseudoLocale(): () => void {
  const i18n = fakeBrowser.i18n as { getMessage: (name: string, subs?: string | string[]) => string };
  i18n.getMessage = (name, subs) => {
    const message = english(name, subs);
    return message && `⟦${message.replace(/\{\w+\}/g, '⟧$&⟦').replaceAll(' | ', '⟧ | ⟦')}⟧`.replaceAll('⟦⟧', '');
  };
  return () => {
    i18n.getMessage = english;
  };
}

const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'data-tooltip'];

/**
 * Visible words that did not come from a message: text and labelling attributes with letters
 * outside ⟦…⟧. `allow` removes what is legitimately not a message (a number format, a name the
 * person typed, a date the browser formats).
 */
export function wordsOutsideMessages(root: ParentNode, allow: RegExp[] = []): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
    for (const a of allow) rest = rest.replace(new RegExp(a.source, a.flags.includes('g') ? a.flags : `${a.flags}g`), ' ');
    if (/\p{L}{2,}/u.test(rest)) found.push(`${where}: ${text.trim()}`);
  };
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
    check(node.textContent ?? '', `text in <${parent?.tagName.toLowerCase()}>`);
  }
  for (const el of (root as Element).querySelectorAll?.('*') ?? []) {
    for (const a of ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (v) check(v, `${a} on <${el.tagName.toLowerCase()}>`);
    }
    if (el instanceof HTMLInputElement && ['button', 'submit'].includes(el.type)) check(el.value, 'button value');
  }
  return found;
}
