import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiProvider } from '../../../../renderer/api';
import { routes } from '../../../../renderer/routes';
import type { FakeHost } from './fake-host';
import './layout';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** The real routes and screens at `path`, talking to the fake host; `user` types without delays between keys. */
export function renderApp(host: FakeHost, path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <ApiProvider api={host.api}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return { ...view, router, user: userEvent.setup({ delay: null }) };
}
