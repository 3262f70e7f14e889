// The body shared by the generated topic-word tables (pivot-vocabulary.ts, wordnet-vocabulary.ts):
// one line per language, its words sorted, each `word=topic:weight,…` with the topic as its index
// in `slugs`, entries joined by '|' (the form src/tagging/pivot.ts reads).

/** `table` maps a language to a Map of word → [[slug, weight], …]; returns its sorted languages and the body text. */
export function topicTableBody(table, slugs) {
  const encode = (weights) => weights.map(([t, w]) => `${slugs.indexOf(t)}:${w.toFixed(2)}`).join(',');
  const languages = Object.keys(table).sort();
  const body = languages
    .map((lang) => {
      const list = [...table[lang]].sort(([a], [b]) => (a < b ? -1 : 1));
      return `  ${lang}: '${list.map(([w, ws]) => `${w.replace(/'/g, "\\'")}=${encode(ws)}`).join('|')}',`;
    })
    .join('\n');
  return { languages, body };
}
