import type { Formatter } from './types.js';

/** The machine-readable report: one JSON document (schema in schema/report.schema.json). */
const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;

export default json;
