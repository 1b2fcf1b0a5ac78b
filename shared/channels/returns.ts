/** A phantom marker carrying a channel's result type; it holds no value at run time. */
export function returns<T>(): T {
  return undefined as T;
}
