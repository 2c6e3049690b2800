import { createHash } from 'node:crypto';
import { esc, escPlain } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

// The page is self-contained and inert but for its own script: its policy names the one style and
// the one script by the SHA-256 of their exact text, refuses everything else (no 'unsafe-inline',
// so no injected <script>, no onerror= attribute, no javascript: URL would run), loads nothing
// from anywhere (default-src 'none': no image, font, frame or connection), and lets no form or
// <base> change where anything goes.

/** The CSP source of an inline element's exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const POLICY = [
  "default-src 'none'",
  `style-src ${sha256Source(STYLE)}`,
  `script-src ${sha256Source(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A whole page around `body` (HTML already escaped), titled `title` (text). */
export function page(title: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${esc(POLICY)}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="referrer" content="no-referrer">\n' +
    `<title>${escPlain(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
}
