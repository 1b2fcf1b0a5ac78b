import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { paths } from './paths';

function Message({ title, detail }: { readonly title: string; readonly detail: string }) {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-stone-700">{detail}</p>
      <p className="mt-4">
        <Link className="link" to={paths.library()}>
          Back to the case library
        </Link>
      </p>
    </main>
  );
}

export function NotFound() {
  return <Message title="Nothing here" detail="This address does not lead to any screen of Dossier." />;
}

/** The last resort when a screen throws: say what happened and offer a way back, nothing is lost on disk. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return <Message title="This screen failed to display" detail={`${detail} Your saved work is not affected.`} />;
}
