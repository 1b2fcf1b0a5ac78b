import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiProvider, hostApi } from './api';
import { routes } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Dossier’s page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={hostApi()}>
      <RouterProvider router={createHashRouter(routes)} />
    </ApiProvider>
  </StrictMode>,
);
