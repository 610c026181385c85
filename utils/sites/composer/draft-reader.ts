/** Reading: the composer's draft as the analyzer's text, with its map back to the editor's nodes. */
import { type EditorText, readEditableTextWithMap } from '../dom/read-text';
import type { ComposerParts } from '../types';

export class DraftReader {
  mapped: EditorText = { text: '', segments: [] };
  subject = '';
  /** Text and subject at the last read that counted as a change. */
  private last = '';

  constructor(private readonly parts: ComposerParts) {}

  get text(): string {
    return this.mapped.text;
  }

  /** Read the editor and subject now; true when either differs from the last read. */
  read(): boolean {
    this.mapped = readEditableTextWithMap(this.parts.body);
    this.subject = this.parts.subject?.value ?? '';
    const key = `${this.subject}\u0000${this.mapped.text}`;
    if (key === this.last) return false;
    this.last = key;
    return true;
  }
}
