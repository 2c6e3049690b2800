import { findKey, TEXT_KEYS } from './frontmatter-keys.js';
import { jsonEnd, readJson } from './frontmatter-json.js';
import { readToml } from './frontmatter-toml.js';
import { readYaml } from './frontmatter-yaml.js';

export type { FrontMatter, FrontMatterProblem, FrontMatterRead } from './frontmatter-types.js';
import type { FrontMatter, FrontMatterProblem, FrontMatterRead } from './frontmatter-types.js';

const FENCES = { '---': 'yaml', '+++': 'toml' } as const;

/**
 * Splits front matter from the start of `text` (LF line endings, no BOM) and reads it: YAML
 * between `---` lines (closed by `---` or `...`, as Jekyll allows), TOML between `+++` lines, or
 * a JSON object (Hugo). Never throws for what the text holds: a problem is `error`, with `data`
 * `{}` and the body after the closing fence still to read.
 *
 * A fence that is never closed is an error, and the whole text is the body: Hugo refuses such a
 * file; Jekyll publishes it as it is, fence and all, which is what is then analysed.
 */
export function splitFrontMatter(text: string): FrontMatter {
  if (text.startsWith('{')) return splitJson(text);
  const fence = text.slice(0, 3);
  const firstEnd = text.indexOf('\n');
  if ((fence !== '---' && fence !== '+++') || firstEnd === -1 || text.slice(3, firstEnd).trim() !== '') return none();
  const format = FENCES[fence];
  // The closing fence: a line that is exactly the fence, or `...` for YAML.
  let lineStart = firstEnd + 1;
  let line = 1;
  let close = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const content = text.slice(lineStart, lineEnd).trimEnd();
    if (content === fence || (format === 'yaml' && content === '...')) {
      close = lineStart;
      break;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
    line++;
  }
  if (close === -1) {
    return { ...none(), format, error: { message: `front matter opened with '${fence}' on line 1 is never closed`, line: 1 } };
  }
  const afterClose = text.indexOf('\n', close);
  const bodyOffset = afterClose === -1 ? text.length : afterClose + 1;
  const raw = text.slice(firstEnd + 1, close);
  // The block starts on the file's line 2: one line before it.
  return finish(format === 'yaml' ? readYaml(raw, 1) : readToml(raw, 1), format, bodyOffset, line + 1);
}

/**
 * JSON front matter, as Hugo finds it: the object the file starts with, up to the `}` that closes
 * it. Hugo takes any first `{`; here the line must go on as an object would (`{` alone, or then a
 * quote or `}`), so that a template tag (`{{ … }}`, `{% … %}`) or an MDX expression (`{x}`)
 * on the first line stays part of the body.
 */
function splitJson(text: string): FrontMatter {
  if (!/^\{[ \t]*(?:["'}]|\n|$)/.test(text)) return none();
  const end = jsonEnd(text);
  if (end === -1) {
    return { ...none(), format: 'json', error: { message: "front matter opened with '{' on line 1 is never closed", line: 1 } };
  }
  const lineEnd = text.indexOf('\n', end);
  const bodyOffset = lineEnd === -1 ? text.length : lineEnd + 1;
  let bodyLine = 0;
  for (let i = 0; i < bodyOffset; i++) if (text.charCodeAt(i) === 10) bodyLine++;
  const read = readJson(text.slice(0, end), 0);
  // Hugo would read text after the closing brace, on its line, as the body's start; the body
  // here starts on a line of its own, so such text is pointed out rather than lost unsaid.
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  if (read.error === null && rest.trim() !== '') {
    read.error = { message: `text after the '}' that closes JSON front matter on line ${bodyLine} is not read: start the body on the next line`, line: bodyLine };
  }
  return finish(read, 'json', bodyOffset, bodyLine);
}

function none(): FrontMatter {
  return { format: null, data: {}, bodyOffset: 0, bodyLine: 0, keyLines: new Map(), error: null };
}

/** A reader's result, its text fields checked. */
function finish(read: FrontMatterRead, format: FrontMatter['format'], bodyOffset: number, bodyLine: number): FrontMatter {
  const { data, keyLines } = read;
  return { format, data, bodyOffset, bodyLine, keyLines, error: read.error ?? textFieldProblem(data, keyLines) };
}

/**
 * A title, description or slug that is a list or a mapping: a mistake to point out, not a title
 * to treat as missing (which would fail `title-length` for the wrong reason). The data is kept;
 * measure/meta.ts reads such a value as no text.
 */
function textFieldProblem(data: Record<string, unknown>, keyLines: Map<string, number>): FrontMatterProblem | null {
  let first: FrontMatterProblem | null = null;
  for (const name of TEXT_KEYS) {
    const key = findKey(data, name);
    const value = key === undefined ? undefined : data[key];
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    const line = keyLines.get(key!) ?? 1;
    if (first === null || line < first.line) {
      first = { message: `front matter ${key} must be text, not ${Array.isArray(value) ? 'a list' : 'a mapping'}`, line };
    }
  }
  return first;
}
