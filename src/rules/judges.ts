import type { Language } from '../languages/types.js';

/** `judges` of a rule that reads the language's style lists (transition words, passive voice…). */
export function needsStyle(what: string): (language: Language) => string | null {
  return (language) => (language.style !== null ? null : `no ${what} for ${language.name}`);
}

/** `judges` of a rule that reads the language's reading-ease formula. */
export function needsReadingEase(language: Language): string | null {
  return language.readingEase !== null ? null : `no reading-ease formula for ${language.name}`;
}
