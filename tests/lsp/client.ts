import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const BIN = fileURLToPath(new URL('../../bin/seo-check.js', import.meta.url));

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; message: string; severity?: number; source?: string; codeDescription?: { href: string } }>;
}

/** A language server run from bin/ (what editors start), and a JSON-RPC connection to it. */
export interface Server {
  child: ChildProcess;
  connection: MessageConnection;
  published: Published[];
  /** Resolves with the next publication for `uri` that `accept` takes. */
  next(uri: string, accept?: (p: Published) => boolean, timeout?: number): Promise<Published>;
  exited: Promise<number | null>;
  stderr(): string;
  stop(): Promise<void>;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export function startServer(cwd: string, args: string[] = ['lsp', '--stdio']): Server {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: Published[] = [];
  const waiters: Array<{ uri: string; accept: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showDocument', () => ({ success: true }));
  connection.onNotification('window/logMessage', () => {});
  connection.onError(() => {});
  connection.listen();
  return {
    child,
    connection,
    published,
    exited,
    stderr: () => err,
    next(uri, accept = () => true, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms; stderr: ${err}`)), timeout);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async stop() {
      if (child.exitCode === null) {
        try {
          await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
          await connection.sendNotification('exit');
        } catch {
          // Already gone.
        }
        const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(killer);
      }
      connection.dispose();
    },
  };
}

/** `initialize` and `initialized`, with the capabilities a plain client has, and a workspace folder. */
export async function initialize(server: Server, root: string, options: { debounce?: number; watch?: boolean } = {}): Promise<any> {
  const result = await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: fileUri(root),
    workspaceFolders: [{ uri: fileUri(root), name: 'root' }],
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: options.watch ?? true }, workspaceFolders: true },
      window: { showDocument: { support: true } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions: options.debounce === undefined ? {} : { debounce: options.debounce },
  });
  await server.connection.sendNotification('initialized', {});
  return result;
}

export function open(server: Server, uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
  return server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

/** Replaces the whole text (a full-document change). */
export function change(server: Server, uri: string, text: string, version: number): Promise<void> {
  return server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}
