/**
 * One hint host per composer or event editor: an `async-nudge-hint` element with an open
 * shadow root (the test contract), a React root inside, kept by floating-ui at the anchor's
 * bottom-right edge (a composer) or docked beside the form (a calendar editor) as things move.
 * The panel never covers what it talks about: floating-ui places it against the flagged text
 * and the caret (flip, shift, size), and where that would cover them or a form field it takes
 * the nearest free spot (placement.ts), narrower at small sizes, as a compact sheet at last.
 */
import { autoUpdate, computePosition, flip, offset, type Placement, shift, size } from '@floating-ui/dom';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type Box, freeSpot, intersects } from './placement';
import { guard, report } from './safe';

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

/** What the panel must leave visible and what it sits next to, read at each placement. */
export interface PanelPlacement {
  /** Never covered: the flagged text, the caret's line, form fields. */
  must(): Box[];
  /** Left visible when there is room elsewhere (the rest of the editor). */
  prefer(): Box[];
  /** What the panel is about (the flagged text and caret, or the form); null: the badge. */
  near(): Box | null;
  /** floating-ui's first choice against `near`. */
  side: Placement;
  /** The badge docks beside `dockTo` (a calendar form) instead of inside the anchor's corner. */
  dockTo?: HTMLElement;
  /** Sit just above the anchor's top-left corner (a one-line note), not on its bottom-right edge. */
  above?: boolean;
}

const PANEL_WIDTH = 388;
/** A compact panel at small sizes; below that, the viewport's width as a sheet. */
const COMPACT_WIDTH = 300;
const MIN_PANEL_HEIGHT = 120;
const MAX_PANEL_HEIGHT = 480;
const GAP = 8;

export const boxOf = (r: DOMRect | DOMRectReadOnly): Box => ({ x: r.left, y: r.top, width: r.width, height: r.height });
const viewport = (): Box => ({
  x: 0,
  y: 0,
  width: document.documentElement.clientWidth || innerWidth,
  height: document.documentElement.clientHeight || innerHeight,
});
const clear = (box: Box, avoid: readonly Box[]) => !avoid.some((a) => intersects(box, a));

/** Anything a person types or picks in: never under a panel. */
const FORM_FIELDS = 'input:not([type="hidden"]),textarea,select,[contenteditable]:not([contenteditable="false"]),[role="combobox"],[role="textbox"]';

/** The visible form fields under `root`, less `except` (the editor the panel serves) and what holds or is inside it. */
export function formFields(root: HTMLElement, except?: HTMLElement): Box[] {
  const out: Box[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(FORM_FIELDS)) {
    if (except && (except.contains(el) || el.contains(except))) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push(boxOf(r));
  }
  return out;
}

const NO_PLACEMENT: PanelPlacement = { must: () => [], prefer: () => [], near: () => null, side: 'top-end' };
/** A one-line note above its anchor (the reader's-local-time line). */
export const ABOVE_ANCHOR: PanelPlacement = { ...NO_PLACEMENT, above: true };

/**
 * A panel without a badge (an invitation's replies) opens where the host sits, at its anchor's
 * corner; a wide anchor (Outlook's reading pane) would put it past the viewport's edge: move it
 * back in, as little as needed.
 */
function keepInView(panel: HTMLElement): void {
  panel.style.left = '';
  panel.style.top = '';
  const box = panel.getBoundingClientRect();
  const view = viewport();
  const dx = Math.max(GAP - box.left, Math.min(0, view.width - GAP - box.right));
  const dy = Math.max(GAP - box.top, Math.min(0, view.height - GAP - box.bottom));
  if (dx) panel.style.left = `${Math.round(dx)}px`;
  if (dy) panel.style.top = `${Math.round(dy)}px`;
}

export class HintHost {
  private panel: HTMLElement | null = null;
  private stop: (() => void) | null = null;

  private constructor(
    private readonly ui: ShadowRootContentScriptUi<Root>,
    private readonly anchor: HTMLElement,
    private readonly onMove: () => void,
    private readonly placement: PanelPlacement,
  ) {}

  static async create(
    ctx: ContentScriptContext,
    anchor: HTMLElement,
    onMove: () => void = () => undefined,
    placement: PanelPlacement = NO_PLACEMENT,
  ): Promise<HintHost> {
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
    const host = new HintHost(ui, anchor, onMove, placement);
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
    this.place().catch((e: unknown) => report('position', e));
    this.onMove();
  }

  private async place(): Promise<void> {
    const host = this.ui.shadowHost;
    const { dockTo, above } = this.placement;
    const hostAt = dockTo
      ? await this.dock(dockTo)
      : await computePosition(this.anchor, host, {
          strategy: 'fixed',
          placement: above ? 'top-start' : 'bottom-end',
          middleware: [above ? offset(4) : offset(({ rects }) => -rects.floating.height - 6), shift({ padding: 4 })],
        }).then(({ x, y }) => ({ x: x - 6, y }));
    host.style.transform = `translate(${Math.round(hostAt.x)}px, ${Math.round(hostAt.y)}px)`;
    const badge = this.ui.uiContainer.querySelector<HTMLElement>('.badge');
    const panel = this.panel;
    if (!panel) return;
    if (!badge) return keepInView(panel);
    const spot = await this.panelSpot(panel, boxOf(badge.getBoundingClientRect()));
    // The panel lives inside the translated host: undo the host's own offset.
    const hostBox = host.getBoundingClientRect();
    Object.assign(panel.style, {
      left: `${Math.round(spot.x - hostBox.left)}px`,
      top: `${Math.round(spot.y - hostBox.top)}px`,
      width: `${spot.width}px`,
      maxHeight: `${Math.max(0, Math.floor(spot.height))}px`,
    });
  }

  /** The badge beside the form (a one-line summary), clear of its fields. */
  private async dock(form: HTMLElement): Promise<{ x: number; y: number }> {
    const host = this.ui.shadowHost;
    const { x, y } = await computePosition(form, host, {
      strategy: 'fixed',
      placement: 'right-start',
      middleware: [offset(GAP), flip({ fallbackPlacements: ['left-start', 'top-end', 'bottom-end'] }), shift({ padding: GAP })],
    });
    const box = host.getBoundingClientRect();
    const here = { x, y, width: box.width, height: box.height };
    const must = this.placement.must();
    if (clear(here, must)) return here;
    const spot = freeSpot({
      viewport: viewport(),
      widths: [box.width],
      height: box.height,
      minHeight: box.height,
      avoid: must,
      near: boxOf(form.getBoundingClientRect()),
    });
    return spot ?? here;
  }

  /**
   * Beside the editor when there is room; else floating-ui against the flagged text and caret
   * (flipping to the roomier side, shifted into view, no taller than the room); where that would
   * still cover something it must not, the nearest free spot, narrower as the viewport shrinks.
   */
  private async panelSpot(panel: HTMLElement, badge: Box): Promise<Box> {
    const must = [...this.placement.must(), badge];
    const prefer = [...must, ...this.placement.prefer()];
    const near = this.placement.near() ?? badge;
    const height = Math.min(MAX_PANEL_HEIGHT, panel.scrollHeight + 2);
    const view = viewport();
    const request = { viewport: view, height, minHeight: MIN_PANEL_HEIGHT, near, gap: GAP };
    const beside = freeSpot({ ...request, widths: [PANEL_WIDTH], avoid: prefer });
    if (beside) return beside;
    let room = Infinity;
    const { x, y } = await computePosition({ getBoundingClientRect: () => DOMRect.fromRect(near) }, panel, {
      strategy: 'fixed',
      placement: this.placement.side,
      middleware: [
        offset(GAP),
        flip({ padding: GAP }),
        shift({ padding: GAP }),
        size({
          padding: GAP,
          apply: ({ availableHeight }) => {
            room = availableHeight;
          },
        }),
      ],
    });
    const floating = { x, y, width: Math.min(PANEL_WIDTH, view.width - 2 * GAP), height: Math.min(height, room) };
    const inView = floating.x >= 0 && floating.y >= 0 && floating.x + floating.width <= view.width && floating.y + floating.height <= view.height;
    if (inView && floating.height >= Math.min(height, MIN_PANEL_HEIGHT) && clear(floating, must)) return floating;
    return (
      freeSpot({ ...request, widths: [PANEL_WIDTH, COMPACT_WIDTH, view.width], avoid: must }) ??
      freeSpot({ ...request, minHeight: 48, widths: [COMPACT_WIDTH, view.width], avoid: must }) ?? {
        // Nowhere is free: a short sheet along the bottom, the least in the way.
        ...floating,
        y: view.height - GAP - Math.min(height, view.height * 0.3),
        height: Math.min(height, view.height * 0.3),
      }
    );
  }

  remove(): void {
    this.stop?.();
    this.ui.remove();
  }
}
