/** The one search box (header and search page): documents, tasks, bodies; diacritics and symbol form optional. */
import { useEffect, useState, type FormEvent } from 'react';
import { navigate, searchPath } from '../router';

export function SearchBox({ initial = '', autoFocus = false }: { initial?: string; autoFocus?: boolean }) {
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(searchPath(text));
  };
  return (
    <form role="search" className="dg-search" onSubmit={submit}>
      <label htmlFor="dg-search-input" className="dg-visually-hidden">
        Tìm văn bản, nhiệm vụ, cơ quan
      </label>
      <input
        id="dg-search-input"
        type="search"
        value={text}
        autoFocus={autoFocus}
        placeholder="Số hiệu, trích yếu, nhiệm vụ, cơ quan… (vd. 2898 qd ubnd, so noi vu)"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">Tìm</button>
    </form>
  );
}
