import { z } from 'zod';
import { annotationDraftSchema, annotationTargetSchema, type Annotation } from './domain/annotation';
import { caseDetailsSchema, type CaseDetails } from './domain/case-summary';
import type { CaseFile } from './domain/case-file';
import type { BackupListing, CaseStatus, HistoryPage, Verification } from './domain/case-status';
import { idSchema, optionalText, requiredText } from './domain/common';
import { incidentDraftSchema, type Incident } from './domain/incident';
import type { CaseOutline, CaseOverviewDetail, IncidentDetail, SourceDetail } from './read-model';
import { attachmentChannels } from './channels/attachments';
import { entityChannels } from './channels/entities';
import { incidentChannels } from './channels/incidents';
import { redactionChannels } from './channels/redaction';
import { searchChannels } from './channels/search';
import { sourceChannels } from './channels/sources';
import { trashChannels } from './channels/trash';
import type { Result } from './result';

/** A phantom marker carrying a channel's result type; it holds no value at run time. */
function returns<T>(): T {
  return undefined as T;
}

export interface CaseListing {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly updatedAt: string;
  readonly incidentCount: number;
}

/** A case file the library could not read; it is left untouched on disk. */
export interface CaseProblem {
  readonly file: string;
  readonly reason: string;
}

export interface Library {
  readonly cases: readonly CaseListing[];
  readonly problems: readonly CaseProblem[];
}

export interface Preferences {
  readonly authorName: string;
  readonly recentCaseIds: readonly string[];
}

const caseReference = z.object({ caseId: idSchema });

/**
 * The one contract between the UI and the core: each channel's input schema and result type.
 * Both hosts (Electron IPC and the browser host's HTTP) serve exactly these channels, validating input with these
 * schemas; the renderer's api module is typed from this object.
 */
export const contract = {
  ...sourceChannels,
  ...entityChannels,
  ...trashChannels,
  ...attachmentChannels,
  ...searchChannels,
  ...incidentChannels,
  ...redactionChannels,
  'library.list': { input: z.object({}), output: returns<Library>() },
  'case.create': {
    input: z.object({ name: requiredText(200), summary: optionalText(20_000) }),
    output: returns<CaseDetails>(),
  },
  'case.get': { input: caseReference, output: returns<CaseFile>() },
  'case.update': {
    input: caseReference.extend({ details: caseDetailsSchema.pick({ name: true, summary: true }) }),
    output: returns<CaseDetails>(),
  },
  'incident.create': {
    input: caseReference.extend({ incident: incidentDraftSchema }),
    output: returns<Incident>(),
  },
  'incident.update': {
    input: caseReference.extend({ incidentId: idSchema, incident: incidentDraftSchema }),
    output: returns<Incident>(),
  },
  'annotation.create': {
    input: caseReference.extend({ target: annotationTargetSchema, annotation: annotationDraftSchema }),
    output: returns<Annotation>(),
  },
  'annotation.update': {
    input: caseReference.extend({ annotationId: idSchema, annotation: annotationDraftSchema }),
    output: returns<Annotation>(),
  },
  'annotation.delete': {
    input: caseReference.extend({ annotationId: idSchema }),
    output: returns<{ deleted: string }>(),
  },
  'case.status': { input: caseReference, output: returns<CaseStatus>() },
  'case.undo': { input: caseReference, output: returns<{ label: string }>() },
  'case.redo': { input: caseReference, output: returns<{ label: string }>() },
  'case.history': {
    input: caseReference.extend({
      objectId: idSchema.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: returns<HistoryPage>(),
  },
  'case.verify': { input: caseReference, output: returns<Verification>() },
  'case.backups': { input: caseReference, output: returns<readonly BackupListing[]>() },
  'case.restoreBackup': {
    input: caseReference.extend({ backup: z.string().regex(/^[\w.-]{1,120}\.json$/, 'must name a backup file') }),
    output: returns<CaseDetails>(),
  },
  'preferences.get': { input: z.object({}), output: returns<Preferences>() },
  'preferences.update': {
    input: z.object({ authorName: optionalText(200) }).partial(),
    output: returns<Preferences>(),
  },
  // Reading a case a screen at a time: the whole document (`case.get`) can be hundreds of megabytes.
  'case.outline': { input: caseReference, output: returns<CaseOutline>() },
  'case.overview': { input: caseReference, output: returns<CaseOverviewDetail>() },
  'incident.get': { input: caseReference.extend({ incidentId: idSchema }), output: returns<IncidentDetail>() },
  'source.get': { input: caseReference.extend({ sourceId: idSchema }), output: returns<SourceDetail>() },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

/** What a caller sends on a channel (before defaults are applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ValidatedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

/** Who is calling: the host knows the user's preferences, the core does not. */
export interface CallContext {
  readonly author: string;
}

export type Handler<C extends Channel> = (input: ValidatedInput<C>, context: CallContext) => Promise<Result<ChannelOutput<C>>>;
export type Handlers = { readonly [C in Channel]: Handler<C> };

/** The caller's side: one typed function a host exposes to the renderer. */
export type Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
