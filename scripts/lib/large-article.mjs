// Bench inputs made of corpus articles: their bodies concatenate into one plausible article.

/** An article without its front matter (YAML or TOML), so that copies concatenate. */
export function body(text) {
  const m = /^(---|\+\+\+)\n[\s\S]*?\n\1[ \t]*\n/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** One article of at least `target` bytes: the first text whole, then every body, again and again. */
export function largeArticle(texts, target) {
  const bodies = texts.map(body).join('\n\n');
  const parts = [texts[0]];
  let size = Buffer.byteLength(texts[0]);
  while (size < target) {
    parts.push(bodies);
    size += Buffer.byteLength(bodies) + 2;
  }
  return parts.join('\n\n');
}
