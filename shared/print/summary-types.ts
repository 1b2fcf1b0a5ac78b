import type { Annotation } from '../domain/annotation';
import type { Attachment } from '../domain/attachment';
import type { Entity } from '../domain/entity';
import type { Claim, EntityRole, Incident, IncidentStatus } from '../domain/incident';
import type { Quote } from '../domain/quote';
import type { Source } from '../domain/source';

/** Notes on one thing, the analysts' judgements kept apart from the rest so they can never pass for sourced fact. */
export interface NotesOn {
  readonly notes: readonly Annotation[];
  readonly judgements: readonly Annotation[];
}

/** One quote cited by one incident, numbered through the whole document. */
export interface Footnote {
  readonly number: number;
  readonly quote: Quote;
  readonly source: Source;
  /** The source's reliability letter and the quote's credibility digit, e.g. "B2". */
  readonly grade: string;
  /** False for an orphaned quote: its passage is no longer found in the source, so it is never printed as verified. */
  readonly verified: boolean;
  readonly annotations: NotesOn;
}

/** A claim with the numbers of the footnotes that back it; one with none is printed as unsupported. */
export interface PrintedClaim {
  readonly claim: Claim;
  readonly footnoteNumbers: readonly number[];
  readonly unsupported: boolean;
}

export interface Involvement {
  readonly entity: Entity;
  readonly role: EntityRole;
}

export interface IncidentSection {
  /** The incident's number in this summary (1 for the first printed), used by the contents and chronology. */
  readonly position: number;
  readonly incident: Incident;
  readonly involved: readonly Involvement[];
  readonly claims: readonly PrintedClaim[];
  /** Footnotes of quotes linked to the incident that no claim cites: they back the summary as a whole. */
  readonly summaryFootnoteNumbers: readonly number[];
  readonly footnotes: readonly Footnote[];
  readonly annotations: NotesOn;
}

export interface ChronologyEntry {
  readonly position: number;
  readonly incidentId: string;
  /** EDTF as recorded; the renderer says it in words and keeps the EDTF beside uncertain dates. */
  readonly date: string;
  readonly title: string;
  readonly status: IncidentStatus;
}

export interface CastMember {
  readonly entity: Entity;
  readonly appearances: readonly { readonly position: number; readonly incident: Incident; readonly role: EntityRole }[];
  readonly annotations: NotesOn;
}

export interface RegisterEntry {
  readonly source: Source;
  /** How many distinct quotes from this source the summary cites. */
  readonly quotesCited: number;
  readonly annotations: NotesOn;
}

export interface AppendixEntry {
  readonly attachment: Attachment;
  /** What the file is attached to, as the summary names it: "Incident 3: …" or "Source: …". */
  readonly attachedTo: string;
}

export interface SummaryModel {
  readonly caseAnnotations: NotesOn;
  readonly sections: readonly IncidentSection[];
  readonly chronology: readonly ChronologyEntry[];
  readonly cast: readonly CastMember[];
  /** Only the sources the printed incidents cite. */
  readonly register: readonly RegisterEntry[];
  readonly appendix: readonly AppendixEntry[];
  readonly counts: {
    /** Incidents in the (redacted) case, and how many of them the selection kept. */
    readonly incidentsInCase: number;
    readonly sourcesInCase: number;
    readonly footnotes: number;
    readonly orphanedQuotes: number;
    readonly unsupportedClaims: number;
  };
}
