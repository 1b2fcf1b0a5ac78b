export function Loading({ what }: { readonly what: string }) {
  return (
    <p role="status" className="p-6 text-sm text-stone-500">
      Loading {what}…
    </p>
  );
}
