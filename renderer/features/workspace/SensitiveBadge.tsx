/** Shown on a list's row of an item marked sensitive: in words, never a colour alone. */
export function SensitiveBadge() {
  return (
    <span className="inline-flex items-center rounded border border-red-300 bg-red-50 px-1.5 py-px text-xs font-medium whitespace-nowrap text-red-800">
      Sensitive
    </span>
  );
}
