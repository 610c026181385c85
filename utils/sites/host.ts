/**
 * One hint host per composer or event editor: an `async-nudge-hint` element with an open
 * shadow root (the test contract), a React root inside, kept at the anchor's bottom-right
 * edge by floating-ui as the anchor moves or resizes.
 */
import { autoUpdate, computePosition, offset, shift } from '@floating-ui/dom';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { guard } from './safe';

export const HOST_NAME = 'async-nudge-hint';

/** Events the hint reacts to: clicks, keys and pointer presses on its buttons. */
const ACTION_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'submit'] as const;

/**
 * The shadow root stays open (the `data-rules` contract and tests read it), so the page's own
 * scripts can reach our buttons. Only the person may press them: events a script made
 * (`isTrusted` false) stop at the shadow root in the capture phase, before any button sees them,
 * so no page can turn a rule off, dismiss a hint or insert text.
 */
function ignoreSyntheticEvents(root: ShadowRoot): void {
  for (const type of ACTION_EVENTS) {
    root.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
}

export class HintHost {
  private panel: HTMLElement | null = null;
  private stop: (() => void) | null = null;

  private constructor(
    private readonly ui: ShadowRootContentScriptUi<Root>,
    private readonly anchor: HTMLElement,
    private readonly onMove: () => void,
    private readonly above: boolean,
  ) {}

  /** `above`: sit just above the anchor's top-left corner (a one-line note), not on its bottom-right edge. */
  static async create(ctx: ContentScriptContext, anchor: HTMLElement, onMove: () => void = () => undefined, { above = false } = {}): Promise<HintHost> {
    const ui = await createShadowRootUi<Root>(ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // hint.css resets the host itself, without !important, so placement can move it.
      inheritStyles: true,
      onMount: (container) => createRoot(container),
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
    ignoreSyntheticEvents(ui.shadow);
    const host = new HintHost(ui, anchor, onMove, above);
    ui.shadowHost.setAttribute('data-rules', '');
    host.stop = autoUpdate(
      anchor,
      ui.shadowHost,
      guard('position', () => host.position()),
    );
    return host;
  }

  get container(): HTMLElement {
    return this.ui.uiContainer;
  }

  get element(): HTMLElement {
    return this.ui.shadowHost;
  }

  /** Render synchronously, so what the person typed is reflected this frame. */
  render(element: ReactElement, rules: string[]): void {
    this.ui.shadowHost.setAttribute('data-rules', rules.join(' '));
    flushSync(() => this.ui.mounted?.render(element));
    this.panel = this.ui.uiContainer.querySelector<HTMLElement>('.panel');
    this.position();
  }

  position(): void {
    const host = this.ui.shadowHost;
    void computePosition(this.anchor, host, {
      strategy: 'fixed',
      placement: this.above ? 'top-start' : 'bottom-end',
      middleware: [this.above ? offset(4) : offset(({ rects }) => -rects.floating.height - 6), shift({ padding: 4 })],
    }).then(({ x, y }) => {
      host.style.transform = `translate(${Math.round(x - 6)}px, ${Math.round(y)}px)`;
    });
    const badge = this.ui.uiContainer.querySelector<HTMLElement>('.badge');
    const panel = this.panel;
    if (panel && badge) {
      // The side with more room, and never taller than that room: no feedback between size and place.
      const b = badge.getBoundingClientRect();
      const above = b.top - 24;
      const below = innerHeight - b.bottom - 24;
      const maxHeight = `${Math.max(160, Math.min(480, Math.max(above, below)))}px`;
      if (panel.style.maxHeight !== maxHeight) panel.style.maxHeight = maxHeight;
      void computePosition(badge, panel, {
        strategy: 'fixed',
        placement: above >= below ? 'top-end' : 'bottom-end',
        middleware: [offset(6), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        // The panel lives inside the translated host: undo the host's own offset.
        const hostBox = host.getBoundingClientRect();
        Object.assign(panel.style, { left: `${x - hostBox.left}px`, top: `${y - hostBox.top}px` });
      });
    }
    this.onMove();
  }

  remove(): void {
    this.stop?.();
    this.ui.remove();
  }
}
