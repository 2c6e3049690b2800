import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, docsUrl } from '../rules/registry.js';
import { INPUT_RULE, reportFindings } from './findings.js';
import { SITE_RULES } from '../site/rules/index.js';
import type { Formatter } from './types.js';

/** A result's file as a URI reference: relative paths stay relative (to %SRCROOT%), as code scanning expects. */
function uri(file: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // A colon in a relative path ("c:x.md") would read as a scheme or a drive: encode it too.
  return { uri: encodeURI(file.replace(/\\/g, '/')).replace(/[?#:]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' };
}

const INPUT_DESCRIPTOR = {
  id: INPUT_RULE,
  name: 'Input',
  shortDescription: { text: 'The file can be read: UTF-8 Markdown of a size seo-check accepts.' },
  helpUri: docsUrl(INPUT_RULE),
  defaultConfiguration: { level: 'error' },
};

/**
 * SARIF 2.1.0 for GitHub code scanning: every result names a rule listed in tool.driver.rules,
 * with a region that carries its end; failures silenced by a comment in the article are listed
 * with an in-source suppression, as SARIF asks, so that a viewer can show or hide them.
 */
const sarif: Formatter = (report) => {
  const rules = [
    ...RULES.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      helpUri: docsUrl(r.id),
      defaultConfiguration: { level: r.defaultSeverity },
      properties: { weight: r.weight, scope: r.scope, basis: r.basis.kind, messages: r.messages },
    })),
    ...SITE_RULES.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      helpUri: docsUrl(r.id),
      defaultConfiguration: { level: r.defaultSeverity },
      properties: { scope: 'site', basis: r.basis.kind, messages: r.messages },
    })),
    INPUT_DESCRIPTOR,
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reportFindings(report, { suppressed: true }).map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule),
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uri(f.file),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(f.suppressedBy === undefined ? {} : { suppressions: [{ kind: 'inSource', justification: `seo-check-disable comment on line ${f.suppressedBy}` }] }),
    properties: { messageId: f.messageId, ...(f.basis === undefined ? {} : { basis: f.basis }), ...(f.keyphrase === undefined ? {} : { keyphrase: f.keyphrase }) },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: 'https://github.com/seo-check/seo-check', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
