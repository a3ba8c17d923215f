import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';

export interface Column<T> {
  id: string;
  label: string;
  sortValue: (row: T) => string | number;
  render: (row: T) => ComponentChildren;
}

/** A table sortable by every column (buttons in the headers, aria-sort), showing `pageSize` rows at a time. */
export function SortableTable<T extends { id: string }>(props: {
  name: string;
  caption: string;
  columns: Column<T>[];
  rows: T[];
  initialSort: string;
  emptyText: string;
  sortLabel: (col: string) => string;
  moreLabel: (shown: number, total: number) => string;
  pageSize?: number;
}) {
  const [sort, setSort] = useState<{ col: string; dir: 1 | -1 }>({ col: props.initialSort, dir: -1 });
  const [limit, setLimit] = useState(props.pageSize ?? 100);
  const sorted = useMemo(() => {
    const col = props.columns.find((c) => c.id === sort.col) ?? props.columns[0];
    const keyed = props.rows.map((r) => ({ r, k: col.sortValue(r) }));
    keyed.sort((a, b) => (typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'da')) * sort.dir);
    return keyed.map((x) => x.r);
  }, [props.rows, props.columns, sort]);
  const shown = sorted.slice(0, limit);

  return (
    <>
      <table data-table={props.name}>
        <caption class="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.id} scope="col" aria-sort={sort.col === c.id ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" data-sort={c.id} aria-label={props.sortLabel(c.label)} onClick={() => setSort((s) => ({ col: c.id, dir: s.col === c.id ? ((-s.dir) as 1 | -1) : 1 }))}>
                  {c.label}
                  <span aria-hidden="true">{sort.col === c.id ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={props.columns.length}>{props.emptyText}</td>
            </tr>
          ) : (
            shown.map((r) => (
              <tr key={r.id} data-row-id={r.id}>
                {props.columns.map((c) => (
                  <td key={c.id} data-col={c.id}>
                    {c.render(r)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {sorted.length > limit && (
        <button type="button" class="secondary" data-action="show-more" onClick={() => setLimit((l) => l + (props.pageSize ?? 100))}>
          {props.moreLabel(limit, sorted.length)}
        </button>
      )}
    </>
  );
}
