import type { RouteObject } from 'react-router';
import { AppShell } from './app/AppShell';
import { NotFound, RouteError } from './app/RouteError';
import { RootLayout } from './app/RootLayout';
import { PeopleScreen } from './features/entities/PeopleScreen';
import { HistoryScreen } from './features/history/HistoryScreen';
import { LibraryScreen } from './features/library/LibraryScreen';
import { IncidentEditor } from './features/incidents/IncidentEditor';
import { IncidentScreen } from './features/incidents/IncidentScreen';
import { PrintSummary } from './features/print/PrintSummary';
import { SourceEditorScreen } from './features/source-editor/SourceEditorScreen';
import { SearchScreen } from './features/search/SearchScreen';
import { SourceView } from './features/sources/SourceView';
import { TrashRoute } from './features/trash/TrashRoute';
import { CaseHome } from './features/workspace/CaseHome';
import { CaseLayout } from './features/workspace/CaseLayout';
import { CaseWorkspace } from './features/workspace/CaseWorkspace';

/**
 * `#/` library · `#/cases/:caseId` workspace (`?incident=<id>` also accepted) · `…/incidents/:incidentId` ·
 * `…/incidents/new` · `…/incidents/:incidentId/edit` · `…/sources/new` ·
 * `…/sources/:sourceId[?quote=<id>]` · `…/sources/:sourceId/edit` · `…/history` · `…/people` · `…/trash` · `…/search` ·
 * `#/cases/:caseId/print[?action=print|pdf]`, the print view, outside the app's frame.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/cases/:caseId/print', element: <PrintSummary /> },
      {
        path: '/',
        element: <AppShell />,
        children: [
          { index: true, element: <LibraryScreen /> },
          {
            path: 'cases/:caseId',
            element: <CaseLayout />,
            children: [
              {
                element: <CaseWorkspace />,
                children: [
                  { index: true, element: <CaseHome /> },
                  { path: 'incidents/new', element: <IncidentEditor /> },
                  { path: 'incidents/:incidentId', element: <IncidentScreen /> },
                  { path: 'incidents/:incidentId/edit', element: <IncidentEditor /> },
                ],
              },
              { path: 'sources/new', element: <SourceEditorScreen /> },
              { path: 'sources/:sourceId', element: <SourceView /> },
              { path: 'sources/:sourceId/edit', element: <SourceEditorScreen /> },
              { path: 'history', element: <HistoryScreen /> },
              { path: 'people', element: <PeopleScreen /> },
              { path: 'trash', element: <TrashRoute /> },
              { path: 'search', element: <SearchScreen /> },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
