import CSL, { type Engine } from 'citeproc';
import type { Source } from '../../../../shared';
import { toCslItems, type CslItem } from '../../../../shared/print/csl-json';
import { chicagoNotes, type CitationStyle } from './citation-style';
import { escapedText, sanitizedCitation, sanitizedCitations } from './citation-html';
import { citeprocItem } from './citeproc-items';
import { citedPosition, type CitedPosition } from './locators';

/** A case's sources formatted in one citation style, as sanitized HTML ready to insert in the printed summary. */
export interface Citations {
  readonly styleName: string;
  /** Source ids in the order the style sorts its bibliography (Chicago: by author, else title). */
  readonly registerOrder: readonly string[];
  /** The source's full entry for the source register. */
  register(sourceId: string): string;
  /** The source's footnote form, pointing to where in it (a quote's locator: "p. 3", "para. 12", "00:14:32"). */
  note(sourceId: string, locator?: string): string;
  /**
   * Formats, ahead of `note`, the notes about to be asked for, sanitizing them together (much faster than one by
   * one). Optional to call: `note` formats anything not prepared.
   */
  prepareNotes(cited: readonly CitedQuote[]): void;
}

/** Where a footnote points: a source and, if the quote has one, its locator. */
export interface CitedQuote {
  readonly sourceId: string;
  readonly locator?: string | undefined;
}

function missing(sourceId: string): string {
  return escapedText(`[Source “${sourceId}” is not in this case]`);
}

function engineFor(items: ReadonlyMap<string, CslItem>, citationStyle: CitationStyle): Engine {
  const system = {
    // The one bundled locale answers for every language: citeproc must never look elsewhere.
    retrieveLocale: () => citationStyle.locale,
    retrieveItem: (id: string) => {
      const item = items.get(id);
      return item ? citeprocItem(item) : { id, type: 'document', title: id };
    },
  };
  const engine = new CSL.Engine(system, citationStyle.style, 'en-US', true);
  engine.setOutputFormat('html');
  return engine;
}

/** The bibliography, by source id, in the style's order. */
function bibliography(engine: Engine, ids: readonly string[]): Map<string, string> {
  engine.updateItems(ids);
  const entries = new Map<string, string>();
  const made = engine.makeBibliography();
  if (!made) return entries;
  const [meta, html] = made;
  const sanitized = sanitizedCitations(meta.entry_ids.map((_, index) => html[index] ?? ''));
  meta.entry_ids.forEach(([id], index) => {
    if (id !== undefined) entries.set(id, sanitized[index] ?? '');
  });
  return entries;
}

/**
 * citeproc takes a few milliseconds a citation, which thousands of footnotes would turn into seconds. A note differs
 * from another note on the same source only in its position, so each source is formatted once per kind of position
 * with a stand-in number, which is then replaced by the position as written. Ranges ("pp. 4–9") are formatted
 * whole, since the style may pluralise the label or shorten the range.
 */
const positionStandIn = '918273645';
const range = /[-–—,&]|\band\b/;

function notesMaker(engine: Engine) {
  const forms = new Map<string, string>();
  const raw = (id: string, position: CitedPosition | undefined) => engine.makeCitationCluster([{ id, ...position }]);
  const formRaw = (id: string, position: CitedPosition) => raw(id, { label: position.label, locator: positionStandIn });
  /** The form a note is made from, or undefined for a note that is formatted whole. */
  const formKey = (id: string, position: CitedPosition | undefined): string | undefined =>
    position && !range.test(position.locator) ? `${id}\u0000${position.label}` : undefined;
  const one = (id: string, position: CitedPosition | undefined): string => {
    const key = formKey(id, position);
    if (key === undefined || !position) return sanitizedCitation(raw(id, position));
    let form = forms.get(key);
    if (form === undefined) {
      form = sanitizedCitation(formRaw(id, position));
      forms.set(key, form);
    }
    const parts = form.split(positionStandIn);
    return parts.length === 2 ? parts.join(escapedText(position.locator)) : sanitizedCitation(raw(id, position));
  };
  /** Many notes at once: the notes formatted whole and the forms not made yet are sanitized in one pass. */
  const many = (wanted: readonly (readonly [string, CitedPosition | undefined])[]): string[] => {
    const whole = new Map<number, string>();
    const newForms = new Map<string, string>();
    wanted.forEach(([id, position], index) => {
      const key = formKey(id, position);
      if (key === undefined || !position) whole.set(index, raw(id, position));
      else if (!forms.has(key) && !newForms.has(key)) newForms.set(key, formRaw(id, position));
    });
    const sanitized = sanitizedCitations([...whole.values(), ...newForms.values()]);
    [...newForms.keys()].forEach((key, at) => forms.set(key, sanitized[whole.size + at] ?? ''));
    const wholeNotes = new Map([...whole.keys()].map((index, at) => [index, sanitized[at] ?? '']));
    // The rest from their forms, now all made, exactly as `one` places them.
    return wanted.map(([id, position], index) => wholeNotes.get(index) ?? one(id, position));
  };
  return { one, many };
}

/**
 * Formats the sources with citeproc-js in the bundled Chicago notes-bibliography style (see styles/README.md), in
 * memory. The register is worked out when first asked for, and notes as they are asked for, each kept once made.
 */
export function formatCitations(sources: readonly Source[], citationStyle: CitationStyle = chicagoNotes): Citations {
  const items = new Map(toCslItems(sources).map((item) => [item.id, item]));
  const engine = engineFor(items, citationStyle);
  let entries: Map<string, string> | undefined;
  const register = () => (entries ??= bibliography(engine, [...items.keys()]));
  const makeNote = notesMaker(engine);
  const notes = new Map<string, string>();
  const noteKey = (sourceId: string, locator: string) => `${sourceId}\u0000${locator}`;
  return {
    styleName: citationStyle.name,
    get registerOrder() {
      return [...register().keys()];
    },
    register: (sourceId) => register().get(sourceId) ?? missing(sourceId),
    note(sourceId, locator = '') {
      if (!items.has(sourceId)) return missing(sourceId);
      const key = noteKey(sourceId, locator);
      let note = notes.get(key);
      if (note === undefined) {
        note = makeNote.one(sourceId, citedPosition(locator));
        notes.set(key, note);
      }
      return note;
    },
    prepareNotes(cited) {
      const wanted = new Map<string, readonly [string, CitedPosition | undefined]>();
      for (const { sourceId, locator = '' } of cited) {
        const key = noteKey(sourceId, locator);
        if (items.has(sourceId) && !notes.has(key) && !wanted.has(key)) wanted.set(key, [sourceId, citedPosition(locator)]);
      }
      const made = makeNote.many([...wanted.values()]);
      [...wanted.keys()].forEach((key, index) => notes.set(key, made[index] ?? ''));
    },
  };
}
