import { format } from 'node:util';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../version.js';
import { codeActions, SELECT_COMMAND } from './actions.js';
import { Analyses, type DocState } from './analyses.js';
import { isConfigFile, watchConfigFiles } from './config-watch.js';
import { articleRules, hoverAt } from './hover.js';
import { highlights } from './keyphrases.js';
import { codeLenses } from './lens.js';
import { Positions } from './positions.js';
import { Workspaces } from './workspace.js';

const USAGE = `Usage: seo-check lsp [--stdio]

Run the language server over standard input and output (the only transport): diagnostics,
hovers, code actions, highlights and a code lens for Markdown articles. See docs/editors.md.
`;

/**
 * What the command line gives the server: the streams for `--help` and usage errors, and the
 * folder for documents outside every workspace folder. The CLI's own `CliIO` fits; the server
 * does not import the CLI (the CLI is a client of the engine and of this server, not the reverse).
 */
export interface ServerIO {
  stdout: { write(chunk: string, callback?: (error?: Error | null) => void): boolean };
  stderr: { write(chunk: string, callback?: (error?: Error | null) => void): boolean };
  cwd?: string;
}

/** The CLI's exit codes (src/cli/exit.ts): 0 done, 2 bad usage. */
const EXIT_OK = 0;
const EXIT_USAGE = 2;

function writeAll(stream: ServerIO['stdout'], text: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write(text, () => resolve());
    } catch {
      resolve();
    }
  });
}

/** The wait after an edit before analysing, unless the client's initializationOptions.debounce sets another. */
export const DEBOUNCE_MS = 150;

/** The arguments a client may pass: `--stdio`, and VS Code's `--clientProcessId`. */
function argumentProblem(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stdio' || a.startsWith('--clientProcessId=')) continue;
    if (a === '--clientProcessId') {
      i++;
      continue;
    }
    return `lsp: unknown argument '${a}' (the server speaks over standard input and output: --stdio)`;
  }
  return null;
}

/**
 * `seo-check lsp [--stdio]`: runs the language server until the client says `exit` or goes
 * away (standard input closes, or the process given as `processId` ends), which the protocol
 * library handles by ending the process. The promise resolves only for `--help` and bad usage.
 */
export async function runLanguageServer(io: ServerIO, argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await writeAll(io.stdout, USAGE);
    return EXIT_OK;
  }
  const problem = argumentProblem(argv);
  if (problem !== null) {
    await writeAll(io.stderr, `seo-check: ${problem}\n`);
    return EXIT_USAGE;
  }
  // Standard output is the protocol's: anything printed there would corrupt it.
  const toStderr = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  console.log = console.info = console.debug = console.warn = toStderr;
  // A bug met on one message is reported and the server goes on: the editor keeps its diagnostics.
  process.on('uncaughtException', (error) => toStderr(`seo-check lsp: internal error: ${error?.stack ?? error}`));
  process.on('unhandledRejection', (error) => toStderr(`seo-check lsp: internal error: ${(error as Error)?.stack ?? error}`));
  startServer(createConnection(process.stdin, process.stdout), io.cwd ?? process.cwd());
  return new Promise<number>(() => {});
}

function guard<P, R>(handler: (params: P, token: CancellationToken) => Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    try {
      const result = await handler(params, token);
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return result;
    } catch (error) {
      // Params that are not what the method takes (a missing textDocument, a position that is not one).
      if (error instanceof TypeError) return new ResponseError(ErrorCodes.InvalidParams, error.message);
      throw error;
    }
  };
}

/** Wires the features to a connection and starts listening. */
export function startServer(connection: Connection, cwd: string): void {
  const documents = new TextDocuments(TextDocument);
  const workspaces = new Workspaces(cwd);
  let debounce = DEBOUNCE_MS;
  let canShowDocument = false;
  let canWatch = false;
  let canTrackFolders = false;
  let canRefreshLenses = false;
  const analyses = new Analyses(documents, workspaces, {
    get debounce() {
      return debounce;
    },
    publish: (uri, version, diagnostics) => {
      connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => {});
      // The lens's score changed with the analysis; clients that can be told ask for it again.
      if (canRefreshLenses && version !== undefined) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
    },
    log: (message) => connection.console.error(message),
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    for (const f of folders) workspaces.add(f.uri);
    const given = (params.initializationOptions as { debounce?: unknown } | null | undefined)?.debounce;
    if (typeof given === 'number' && Number.isFinite(given) && given >= 0) debounce = given;
    const caps = params.capabilities;
    canShowDocument = caps.window?.showDocument?.support === true;
    canWatch = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canTrackFolders = caps.workspace?.workspaceFolders === true;
    canRefreshLenses = caps.workspace?.codeLens?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source] },
        documentHighlightProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SELECT_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'seo-check', version: version() },
    };
  });

  connection.onInitialized(() => {
    if (canWatch) watchConfigFiles(connection).catch((error) => connection.console.error(`seo-check: cannot watch configuration files: ${error}`));
    if (canTrackFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) workspaces.remove(f.uri);
        for (const f of e.added) workspaces.add(f.uri);
        analyses.rerunAll();
      });
    }
  });

  const configurationChanged = () => {
    workspaces.reloadConfiguration();
    analyses.rerunAll();
  };
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isConfigFile(workspaces.pathOf(c.uri)))) configurationChanged();
  });

  // The documents manager announces an opened document's content as a change too: that one is
  // analysed at once, not after the debounce.
  const opening = new Set<string>();
  // A document without a URI or a version (a client's bug) is not one to analyse.
  const valid = (d: TextDocument) => typeof d.uri === 'string' && Number.isInteger(d.version);
  documents.onDidOpen((e) => {
    if (!valid(e.document)) return;
    opening.add(e.document.uri);
    analyses.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (valid(e.document) && !opening.delete(e.document.uri)) analyses.schedule(e.document.uri);
  });
  documents.onDidSave((e) => {
    if (isConfigFile(workspaces.pathOf(e.document.uri))) configurationChanged();
  });
  documents.onDidClose((e) => analyses.close(e.document.uri));

  /** The analysis for a request: of the current version, made now if the last edit's is still pending. */
  const analysed = async (uri: string): Promise<(DocState & { report: NonNullable<DocState['report']> }) | null> => {
    const state = await analyses.current(uri);
    return state?.report == null ? null : (state as DocState & { report: NonNullable<DocState['report']> });
  };

  connection.onHover(
    guard(async ({ textDocument, position }) => {
      const s = await analysed(textDocument.uri);
      return s === null ? null : hoverAt(s.report, s.text, position, () => articleRules(s.engine, s.path, s.text));
    }),
  );
  connection.onDocumentHighlight(
    guard(async ({ textDocument, position }) => {
      const s = await analysed(textDocument.uri);
      return s === null ? null : highlights(s.report, new Positions(s.text), position);
    }),
  );
  connection.onCodeLens(
    guard(async ({ textDocument }) => {
      const s = await analysed(textDocument.uri);
      return s === null ? [] : codeLenses(s.report, s.text);
    }),
  );
  connection.onCodeAction(
    guard(async ({ textDocument, range, context }) => {
      const s = await analysed(textDocument.uri);
      if (s === null) return [];
      const configured = (await s.engine.settingsFor(s.path)).defaultKeyphrases;
      return codeActions({ uri: textDocument.uri, text: s.text, report: s.report, range, configured, only: context?.only });
    }),
  );
  connection.onExecuteCommand(
    guard(async ({ command, arguments: args }) => {
      if (command !== SELECT_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command '${command}'`);
      const [uri, selection] = (args ?? []) as [string, import('vscode-languageserver/node').Range];
      if (typeof uri !== 'string' || selection?.start === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${SELECT_COMMAND} takes a URI and a range`);
      if (canShowDocument) await connection.window.showDocument({ uri, selection, takeFocus: true });
      return null;
    }),
  );

  connection.onShutdown(() => {
    analyses.dispose();
    workspaces.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
