import { CodeActionKind, type CodeAction, type Command, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { Check } from '../check/run.js';
import type { FileReport } from '../engine/types.js';
import { DESCRIPTION_KEYS, findKey, KEYPHRASE_KEYS, TITLE_KEY } from '../parse/frontmatter-keys.js';
import { checkDiagnostic, problems } from './diagnostics.js';
import { addKey, frontMatterOf, valueRange, type FrontMatterShape } from './frontmatter-edit.js';
import { overlaps, Positions } from './positions.js';
import { disableFile, disableLine } from './suppress-edit.js';

/** The command that selects a range (through `window/showDocument`): the field to fill in. */
export const SELECT_COMMAND = 'seo-check.select';

export interface ActionInput {
  uri: string;
  /** The client's text of the version analysed. */
  text: string;
  report: FileReport;
  range: Range;
  /** The configuration's keyphrases, for articles whose front matter names none. */
  configured: readonly string[];
  /** Kinds the client asked for (`context.only`); all when undefined. */
  only?: readonly string[];
}

const FIELD_RULES: Record<string, 'title' | 'description'> = {
  'title-length': 'title',
  'keyphrase-in-title': 'title',
  'description-length': 'description',
  'keyphrase-in-description': 'description',
};

function select(uri: string, range: Range, title: string): Command {
  return { title, command: SELECT_COMMAND, arguments: [uri, range] };
}

function quoted(s: string): string {
  // A JSON string is a YAML and a TOML string too.
  return JSON.stringify(s);
}

/** The code actions for a range: silencing each failed check there, and filling in the front matter it asks for. */
export function codeActions(input: ActionInput): CodeAction[] {
  const { uri, text, report, range } = input;
  const positions = new Positions(text);
  const fm = frontMatterOf(text);
  const all = problems(report.checks);
  const here = all.filter((c) => overlaps(positions.range(c), range));
  const out: CodeAction[] = [];
  const action = (title: string, kind: string, edit: TextEdit | null, check: Check | null, extra: Partial<CodeAction> = {}): void => {
    out.push({
      title,
      kind,
      ...(check === null ? {} : { diagnostics: [checkDiagnostic(check, positions)] }),
      ...(edit === null ? {} : { edit: { changes: { [uri]: [edit] } } }),
      ...extra,
    });
  };
  const seenFields = new Set<string>();
  for (const check of here) {
    if (check.ruleId === 'keyphrase-defined' && check.messageId === 'none') keyphraseAction(input, fm, check, action);
    const field = FIELD_RULES[check.ruleId];
    if (field !== undefined && !seenFields.has(field)) {
      seenFields.add(field);
      fieldAction(uri, text, fm, field, check, action);
    }
  }
  const seenRules = new Set<string>();
  for (const check of here) {
    if (seenRules.has(check.ruleId)) continue;
    seenRules.add(check.ruleId);
    const line = disableLine(text, fm, check.line, check.ruleId);
    if (line !== null) action(line.title, CodeActionKind.QuickFix, line.edit, check);
    const file = disableFile(fm, check.ruleId, all);
    if (file !== null) action(file.title, CodeActionKind.QuickFix, file.edit, check);
  }
  declareConfigured(input, fm, action);
  const only = input.only;
  return only === undefined ? out : out.filter((a) => only.some((k) => a.kind === k || a.kind!.startsWith(`${k}.`)));
}

type Add = (title: string, kind: string, edit: TextEdit | null, check: Check | null, extra?: Partial<CodeAction>) => void;

/** No keyphrase anywhere: a `keyphrase: ""` to fill in, selected once inserted (or the empty one there, selected). */
function keyphraseAction(input: ActionInput, fm: FrontMatterShape, check: Check, add: Add): void {
  const key = KEYPHRASE_KEYS.map((k) => findKey(fm.data, k)).find((k) => k !== undefined);
  if (key !== undefined) {
    const range = valueRange(input.text, fm, key);
    if (range !== null) add(`Fill in the ${key} in the front matter`, CodeActionKind.QuickFix, null, check, { command: select(input.uri, range, 'Select the keyphrase'), isPreferred: true });
    return;
  }
  const added = addKey(input.text, fm, 'keyphrase', '""');
  if (added === null) return;
  add('Add a keyphrase to the front matter', CodeActionKind.QuickFix, added.edit, check, { command: select(input.uri, added.value, 'Select the keyphrase'), isPreferred: true });
}

/** The title or description a check is about: selected where the front matter has it, else added. */
function fieldAction(uri: string, text: string, fm: FrontMatterShape, field: 'title' | 'description', check: Check, add: Add): void {
  const names = field === 'title' ? [TITLE_KEY] : DESCRIPTION_KEYS;
  const key = names.map((n) => findKey(fm.data, n)).find((k) => k !== undefined);
  if (key !== undefined) {
    const range = valueRange(text, fm, key);
    if (range !== null) add(`Go to the ${key} in the front matter`, CodeActionKind.QuickFix, null, check, { command: select(uri, range, `Select the ${key}`) });
    return;
  }
  const added = addKey(text, fm, field, '""');
  if (added !== null) add(`Add a ${field} to the front matter`, CodeActionKind.QuickFix, added.edit, check, { command: select(uri, added.value, `Select the ${field}`) });
}

/**
 * The configuration's keyphrases written into an article whose front matter names none (a
 * source action, offered in the front matter or on line 1): the article then keeps its
 * keyphrase wherever it is checked from.
 */
function declareConfigured(input: ActionInput, fm: FrontMatterShape, add: Add): void {
  if (input.configured.length === 0 || input.range.start.line > Math.max(0, fm.bodyLine - 1)) return;
  if (KEYPHRASE_KEYS.some((k) => findKey(fm.data, k) !== undefined)) return;
  const [key, value] = input.configured.length === 1 ? ['keyphrase', quoted(input.configured[0])] : ['keyphrases', `[${input.configured.map(quoted).join(', ')}]`];
  const added = addKey(input.text, fm, key, value);
  if (added !== null) add(`Declare the ${key} ${value} in the front matter`, CodeActionKind.Source, added.edit, null);
}
