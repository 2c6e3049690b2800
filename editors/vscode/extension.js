// A minimal VS Code client for `seo-check lsp`: it starts the server over stdio for Markdown and
// MDX documents. Everything else (diagnostics, hovers, code actions, highlights, the code lens,
// watching configuration files) is the server's; vscode-languageclient does the protocol.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The server's command: the setting, else the workspace's installed seo-check, else the PATH's. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('seo-check').get('command', []);
  if (configured.length > 0) return { command: configured[0], args: [...configured.slice(1), 'lsp', '--stdio'] };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', 'seo-check', 'bin', 'seo-check.js');
    if (existsSync(local)) return { command: 'node', args: [local, 'lsp', '--stdio'] };
  }
  return { command: 'seo-check', args: ['lsp', '--stdio'] };
}

async function activate(context) {
  const { command, args } = serverCommand();
  // An executable speaks over its standard input and output unless told otherwise.
  const run = { command, args };
  client = new LanguageClient(
    'seo-check',
    'seo-check',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'file', language: 'mdx' },
        { scheme: 'file', pattern: '**/*.mdx' },
      ],
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client !== undefined) await client.stop();
}

module.exports = { activate, deactivate };
