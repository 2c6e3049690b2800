/**
 * The CommonMark spec's examples (npm `commonmark-spec`) run through markdown-it parsers, shared
 * by scripts/commonmark-spec.mjs (the report, on dist/) and tests/commonmark-spec.test.ts (the
 * exact figures, on src/). Each parser comes in from the caller so that neither needs the other's
 * build of seo-check.
 */
import MarkdownIt from 'markdown-it';
import spec from 'commonmark-spec';
import { normalizeHtml } from './commonmark-normalize.mjs';

/**
 * Every example, numbered and sectioned as in the spec. spec.txt shows a tab as `→`; the spec's
 * own runner (and commonmark.js's) puts the tab back before running an example.
 */
export const EXAMPLES = spec.tests.map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t'), html: t.html.replace(/→/g, '\t') }));

/**
 * seo-check's tokens rendered as HTML. seo-check disables markdown-it's `text_join` core rule (so
 * escapes and entities stay `text_special` tokens with exact columns, see
 * src/parse/markdown-it.ts), and markdown-it's renderer has no rule for `text_special`: md.render
 * writes each of them as an empty tag `<>`. seo-check never renders; it reads each token's
 * content. A renderer of its own that writes `text_special` as text shows what was parsed,
 * without touching the (shared, cached) instance.
 */
export function renderTokens(md) {
  const renderer = new md.renderer.constructor();
  renderer.rules.text_special = renderer.rules.text;
  return (markdown) => {
    const env = {};
    return renderer.render(md.parse(markdown, env), md.options, env);
  };
}

/**
 * Plain markdown-it, a step at a time towards seo-check's configuration: an example's failure
 * is put down to the first step at which it fails.
 */
export function ladder() {
  const textJoinOff = new MarkdownIt({ html: true, linkify: true });
  textJoinOff.core.ruler.disable('text_join');
  return [
    { name: 'commonmark', why: "markdown-it itself ('commonmark' preset)", md: new MarkdownIt('commonmark') },
    { name: 'default', why: "markdown-it's default preset (tables, strikethrough; no xhtmlOut) with html", md: new MarkdownIt({ html: true }) },
    { name: 'linkify', why: 'linkify: bare URLs and e-mail addresses become links (the spec links only <…> autolinks)', md: new MarkdownIt({ html: true, linkify: true }) },
    { name: 'text_join', why: "text_join disabled: md.render writes each escape or entity (a text_special token) as '<>'", md: textJoinOff },
  ];
}

/** The outcome of every example rendered by `render`: passes exact and after normalisation. */
export function run(render) {
  const results = EXAMPLES.map((ex) => {
    let html;
    try {
      html = render(ex.markdown);
    } catch (e) {
      html = `(threw: ${e instanceof Error ? e.message : String(e)})`;
    }
    const exact = html === ex.html;
    return { number: ex.number, section: ex.section, exact, normalized: exact || normalizeHtml(html) === normalizeHtml(ex.html) };
  });
  const failing = results.filter((r) => !r.normalized).map((r) => r.number);
  return { total: results.length, exact: results.filter((r) => r.exact).length, passed: results.length - failing.length, failing, results };
}

/** The failing examples of `result` (after normalisation), by section: { section: [numbers] }. */
export function bySection(result) {
  const out = {};
  for (const r of result.results) if (!r.normalized) (out[r.section] ??= []).push(r.number);
  return out;
}

/** Template tags (template-rules.ts) and admonition markers (admonitions.ts) in an example. */
const TEMPLATE = /\{\{|\{%|\{#/;
const ADMONITION = /^\s*(?::::|>\s*\[!)/m;

/**
 * Why each example that `seo` fails fails: the first step of `steps` (run results, in ladder
 * order) at which it fails, else seo-check's own rules (named by what the example holds).
 * { why: [numbers] }, in order of the steps.
 */
export function causes(seo, steps) {
  const out = {};
  for (const number of seo.failing) {
    const step = steps.find((s) => s.result.failing.includes(number));
    const md = EXAMPLES[number - 1].markdown;
    const why = step !== undefined ? step.why : TEMPLATE.test(md) ? "seo-check's template rules" : ADMONITION.test(md) ? "seo-check's admonitions" : "seo-check's own rules";
    (out[why] ??= []).push(number);
  }
  return out;
}
