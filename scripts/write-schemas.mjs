// Writes schema/config.schema.json from the built rule registry, so that the published schema
// always lists exactly the rules and options the tool has. Run by `npm run build`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { configSchema } from '../dist/config/schema.js';

const out = new URL('../schema/config.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(configSchema(), null, 2)}\n`);
