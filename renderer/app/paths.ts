/** Every address in the app, built in one place so links and routes cannot drift apart. */
const segment = encodeURIComponent;

export type PrintAction = 'print' | 'pdf';

export const paths = {
  library: () => '/',
  newCase: () => '/?create=case',
  case: (caseId: string) => `/cases/${segment(caseId)}`,
  incident: (caseId: string, incidentId: string) => `/cases/${segment(caseId)}/incidents/${segment(incidentId)}`,
  newIncident: (caseId: string) => `/cases/${segment(caseId)}/incidents/new`,
  editIncident: (caseId: string, incidentId: string) =>
    `/cases/${segment(caseId)}/incidents/${segment(incidentId)}/edit`,
  source: (caseId: string, sourceId: string, quoteId?: string) =>
    `/cases/${segment(caseId)}/sources/${segment(sourceId)}${quoteId ? `?quote=${segment(quoteId)}` : ''}`,
  newSource: (caseId: string) => `/cases/${segment(caseId)}/sources/new`,
  editSource: (caseId: string, sourceId: string) => `/cases/${segment(caseId)}/sources/${segment(sourceId)}/edit`,
  history: (caseId: string) => `/cases/${segment(caseId)}/history`,
  people: (caseId: string) => `/cases/${segment(caseId)}/people`,
  trash: (caseId: string) => `/cases/${segment(caseId)}/trash`,
  search: (caseId: string) => `/cases/${segment(caseId)}/search`,
  print: (caseId: string, action?: PrintAction) =>
    `/cases/${segment(caseId)}/print${action ? `?action=${action}` : ''}`,
};
