/** The version, and where to go next. */
import { browser } from 'wxt/browser';
import { Section } from './Section';

function manifestVersion(): string | null {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return null;
  }
}

export function AboutSection() {
  const version = manifestVersion();
  return (
    <Section
      id="about"
      title="About"
      help="Async Nudge helps you write messages people can act on without a reply-loop, and spot meetings that could be a written update."
    >
      <dl className="about">
        <dt>Version</dt>
        <dd id="about-version">{version ?? 'unknown'}</dd>
        <dt>Keyboard</dt>
        <dd>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> opens the hints for the message you are writing; <kbd>Esc</kbd> closes them.
        </dd>
        <dt>Privacy</dt>
        <dd>No network requests, no analytics, no remote code. Message text never leaves the page it is written in.</dd>
      </dl>
    </Section>
  );
}
