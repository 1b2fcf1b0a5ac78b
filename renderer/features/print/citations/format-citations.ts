import CSL, { type Engine } from 'citeproc';
import type { Source } from '../../../../shared';
import { toCslItems, type CslItem } from '../../../../shared/print/csl-json';
import { chicagoNotes, type CitationStyle } from './citation-style';
import { escapedText, sanitizedCitation } from './citation-html';
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
  meta.entry_ids.forEach(([id], index) => {
    if (id !== undefined) entries.set(id, sanitizedCitation(html[index] ?? ''));
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
  const format = (id: string, position: CitedPosition | undefined) =>
    sanitizedCitation(engine.makeCitationCluster([{ id, ...position }]));
  return (id: string, position: CitedPosition | undefined): string => {
    if (!position || range.test(position.locator)) return format(id, position);
    const key = `${id}\u0000${position.label}`;
    let form = forms.get(key);
    if (form === undefined) {
      form = format(id, { label: position.label, locator: positionStandIn });
      forms.set(key, form);
    }
    const parts = form.split(positionStandIn);
    return parts.length === 2 ? parts.join(escapedText(position.locator)) : format(id, position);
  };
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
  return {
    styleName: citationStyle.name,
    get registerOrder() {
      return [...register().keys()];
    },
    register: (sourceId) => register().get(sourceId) ?? missing(sourceId),
    note(sourceId, locator = '') {
      if (!items.has(sourceId)) return missing(sourceId);
      const key = `${sourceId}\u0000${locator}`;
      let note = notes.get(key);
      if (note === undefined) {
        note = makeNote(sourceId, citedPosition(locator));
        notes.set(key, note);
      }
      return note;
    },
  };
}
