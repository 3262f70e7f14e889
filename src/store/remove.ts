import { NotFoundError } from '../errors/index.js';
import type { Store } from './types.js';

const quoted = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');

/**
 * Remove these items for good (`feedwright rm`, `DELETE /admin/items/<id>`): in one transaction,
 * each tombstoned so that re-ingesting its story does not bring it back. Ids the store does not
 * hold do not stop the others: they are reported, after, as one NotFoundError (`onRemoved` has
 * been told what went first).
 */
export async function removeItems(
  store: Store,
  ids: readonly string[],
  onRemoved: (removed: string[]) => Promise<void> | void = () => undefined,
): Promise<string[]> {
  const wanted = [...new Set(ids)];
  const removed = await store.transaction((tx) => tx.removeItems({ ids: wanted }));
  await onRemoved(removed);
  const gone = new Set(removed);
  const unknown = wanted.filter((id) => !gone.has(id));
  if (unknown.length)
    throw new NotFoundError(
      `no item ${quoted(unknown)} in the store (already removed, or a mistyped id: \`feedwright items\` lists them)`,
    );
  return removed;
}

/**
 * Remove every item that came from a source (`feedwright purge --source`, `POST
 * /admin/sources/<id>/purge`), tombstoned like `removeItems`; items merged from it and another
 * source go too. A source that is neither defined (`defined`) nor named by any stored item is a
 * NotFoundError; a defined one with no items removes nothing.
 */
export async function purgeSource(store: Store, sourceId: string, defined: boolean): Promise<string[]> {
  const removed = await store.transaction((tx) => tx.removeItems({ source: sourceId }));
  if (!removed.length && !defined)
    throw new NotFoundError(`no source "${sourceId}": it is not defined and no stored item came from it`);
  return removed;
}
