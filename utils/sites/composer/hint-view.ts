/**
 * Rendering: the badge and panel in the composer's hint host, and the underlines of ranged
 * findings (the Highlight API, or dashed marks in our own shadow root where it is missing).
 */
import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HintUi, type HintUiProps } from '../../../components/HintUi';
import type { Finding } from '../../analyzer/types';
import type { EditorText } from '../dom/read-text';
import { rangeFor } from '../dom/text-map';
import { boxOf, formFields, HintHost, type PanelPlacement } from '../host';
import { type Box, union } from '../placement';
import type { ComposerParts } from '../types';
import type { Underlines } from './underlines';

export class HintView {
  private host: HintHost | null = null;
  /** The underlined ranges: live DOM ranges, so they follow the text while the person types. */
  private marks: { severity: Finding['severity']; range: Range }[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly parts: ComposerParts,
    private readonly underlines: Underlines,
  ) {}

  get mounted(): boolean {
    return this.host !== null;
  }

  async mount(): Promise<void> {
    this.host = await HintHost.create(
      this.ctx,
      this.parts.body,
      () => {
        if (!this.underlines.native) this.drawFallbackMarks();
      },
      this.placement,
    );
  }

  render(props: HintUiProps): void {
    this.host?.render(
      createElement(HintUi, props),
      props.findings.map((f) => f.rule),
    );
  }

  /** Underline each ranged finding over the editor's own text nodes (never touching them). */
  underline(mapped: EditorText, findings: readonly Finding[]): void {
    this.marks = [];
    for (const f of findings) {
      if (f.start === undefined || f.end === undefined) continue;
      const range = rangeFor(mapped, f.start, f.end);
      if (range) this.marks.push({ severity: f.severity, range });
    }
    const of = (severity: Finding['severity']) => this.marks.filter((m) => m.severity === severity).map((m) => m.range);
    this.underlines.set(this, of('warn'), of('info'));
    if (!this.underlines.native) this.drawFallbackMarks();
  }

  /** The text moved under the underlines (the person is typing): redraw the fallback marks. */
  follow(): void {
    if (!this.underlines.native) this.drawFallbackMarks();
  }

  /** The panel leaves the flagged text, the caret's line and every other field (To, Subject, the app's search) visible; only while it is open is this read. */
  private readonly placement: PanelPlacement = {
    must: () => [...this.flagged(), ...this.caretLine(), ...formFields(document.body, this.parts.body)],
    prefer: () => [boxOf(this.parts.root.getBoundingClientRect()), boxOf(this.parts.body.getBoundingClientRect())],
    near: () => union([...this.flagged(), ...this.caretLine()]),
    side: 'bottom-start',
  };

  private flagged(): Box[] {
    return this.marks.flatMap(({ range }) => [...range.getClientRects()].map(boxOf));
  }

  /** The caret's line across the editor's width, while the caret is in this editor. */
  private caretLine(): Box[] {
    const sel = getSelection();
    const body = this.parts.body;
    if (!sel?.rangeCount || !body.contains(sel.getRangeAt(0).startContainer)) return [];
    const caret = sel.getRangeAt(0).getClientRects()[0] ?? sel.getRangeAt(0).getBoundingClientRect();
    if (!caret.height) return [];
    const edges = body.getBoundingClientRect();
    return [{ x: edges.left, y: caret.top, width: edges.width, height: caret.height }];
  }

  /** Where the Highlight API is missing (older Firefox): dashed lines drawn in our own shadow root. */
  private drawFallbackMarks(): void {
    const container = this.host?.container;
    if (!container) return;
    let layer = container.querySelector<HTMLElement>('.marks');
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'marks';
      container.append(layer);
    }
    const host = this.host?.element.getBoundingClientRect() ?? { left: 0, top: 0 };
    const marks: HTMLElement[] = [];
    for (const { severity, range } of this.marks) {
      for (const rect of range.getClientRects()) {
        const m = document.createElement('div');
        m.className = `mark ${severity}`;
        Object.assign(m.style, { left: `${rect.left - host.left}px`, top: `${rect.bottom - host.top}px`, width: `${rect.width}px` });
        marks.push(m);
      }
    }
    layer.replaceChildren(...marks);
  }

  remove(): void {
    this.underlines.delete(this);
    this.host?.remove();
    this.host = null;
  }
}
