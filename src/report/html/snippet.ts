import type { FileReport } from '../../engine/types.js';
import { descriptionFit, titleFit, type SnippetFit } from '../../measure/snippet-width.js';
import { esc, escShown } from './escape.js';

// The article as a desktop result page would list it: the title as a link, the address from the
// slug, the description, each cut where the page would cut it (measure/snippet-width.ts: 20 px
// Arial within 600 px, 14 px Arial within 990 px). The title is not a real link: the page knows
// no address to send it to.

function fitNote(what: string, fit: SnippetFit): string {
  const chars = `${fit.chars} characters`;
  if (fit.fits) return `${what}: ${fit.px} of ${fit.limitPx} px (${chars}): shown whole.`;
  const after = fit.cutAfter === null ? '' : ` after “${fit.cutAfter}”`;
  return `${what}: ${fit.px} of ${fit.limitPx} px (${chars}): cut${after}.`;
}

/** The result-page preview of a file. */
export function snippetPanel(r: FileReport): string {
  const { title, description, slug } = r.meta;
  const notes: string[] = [];
  let titleHtml: string;
  if (title === null || title.trim() === '') {
    titleHtml = '<span class="serp-missing">No title: the result page would make one up from the article</span>';
    notes.push('Title: none.');
  } else {
    const fit = titleFit(title);
    titleHtml = escShown(fit.shown ?? title);
    notes.push(fitNote('Title', fit));
  }
  let descriptionHtml: string;
  if (description === null || description.trim() === '') {
    descriptionHtml = '<span class="serp-missing">No meta description: the result page would quote text from the article</span>';
    notes.push('Description: none.');
  } else {
    const fit = descriptionFit(description);
    descriptionHtml = escShown(fit.shown ?? description);
    notes.push(fitNote('Description', fit));
  }
  const path = slug === null || slug === '' ? '' : ` › ${escShown(slug)}`;
  return (
    '<section class="panel"><h3>In a result page</h3>' +
    `<div class="serp"><div class="serp-url">https://…${path}</div>` +
    `<div class="serp-title" role="link" aria-disabled="true">${titleHtml}</div>` +
    `<div class="serp-desc">${descriptionHtml}</div></div>` +
    `<p class="dim">${notes.map(esc).join(' ')}</p></section>`
  );
}
