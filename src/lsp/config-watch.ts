import { basename } from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection } from 'vscode-languageserver/node';
import { CONFIG_FILES } from '../config/load.js';

/** Whether a path names a configuration file the engine reads. */
export function isConfigFile(path: string): boolean {
  return CONFIG_FILES.includes(basename(path));
}

/**
 * Asks the client to tell the server when a configuration file is created, changed or deleted
 * anywhere in the workspace (`workspace/didChangeWatchedFiles`). Only a client that can register
 * watchers dynamically can be asked; with the others, saving a configuration file in the editor
 * still reloads it (the server sees it as an open document).
 */
export async function watchConfigFiles(connection: Connection): Promise<void> {
  await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })),
  });
}
