#!/usr/bin/env node
/**
 * CommonMark conformance: every example of the spec (npm `commonmark-spec`, 0.31.2) rendered by
 * plain markdown-it ('commonmark' preset) and by the parser seo-check builds (dist/, so run
 * `npm run build` first), each compared with the spec's HTML exactly and after the spec runner's
 * normalisation (scripts/lib/commonmark-normalize.mjs). seo-check's parser is rendered twice:
 * with md.render, and with a renderer that writes its text_special tokens as text (what it
 * parsed; see renderTokens). Each failure of seo-check's parser is put down to the first step
 * from markdown-it's preset to seo-check's options at which it fails.
 *
 *   node scripts/commonmark-spec.mjs [--json]
 *
 * --json prints one line of JSON with the figures (what scripts/bench.mjs reads). Nothing else
 * writes to stdout.
 */
import { markdownIt } from '../dist/parse/markdown-it.js';
import { bySection, causes, ladder, renderTokens, run } from './lib/commonmark-spec.mjs';

const JSON_OUT = process.argv.includes('--json');

const steps = ladder().map((s) => ({ ...s, result: run((src) => s.md.render(src)) }));
const md = markdownIt(false);
const seo = run((src) => md.render(src));
const tokens = run(renderTokens(md));
const plain = steps[0].result;

const figures = {
  total: seo.total,
  commonmark: { passed: plain.passed, exact: plain.exact, failing: plain.failing },
  seoCheck: { passed: seo.passed, exact: seo.exact, failing: seo.failing, bySection: bySection(seo), causes: causes(seo, steps) },
  seoCheckTokens: { passed: tokens.passed, exact: tokens.exact, failing: tokens.failing, bySection: bySection(tokens), causes: causes(tokens, steps) },
};

if (JSON_OUT) {
  console.log(JSON.stringify(figures));
} else {
  const list = (numbers) => (numbers.length === 0 ? '—' : numbers.join(' '));
  console.log(`CommonMark spec 0.31.2: ${seo.total} examples (passed: after normalisation; exact: byte for byte)\n`);
  console.log('| parser | passed | exact | failing |');
  console.log('| --- | --- | --- | --- |');
  for (const s of steps) console.log(`| ${s.why} | ${s.result.passed} | ${s.result.exact} | ${list(s.result.failing)} |`);
  console.log(`| seo-check, md.render | ${seo.passed} | ${seo.exact} | ${seo.failing.length} |`);
  console.log(`| seo-check, text_special as text | ${tokens.passed} | ${tokens.exact} | ${list(tokens.failing)} |`);
  for (const [label, result] of [['seo-check, md.render', seo], ['seo-check, text_special as text', tokens]]) {
    console.log(`\n${label}: failing examples by section\n`);
    console.log('| section | examples |');
    console.log('| --- | --- |');
    for (const [section, numbers] of Object.entries(bySection(result))) console.log(`| ${section} | ${list(numbers)} |`);
    console.log(`\n${label}: why\n`);
    console.log('| cause | examples |');
    console.log('| --- | --- |');
    for (const [why, numbers] of Object.entries(causes(result, steps))) console.log(`| ${why} | ${list(numbers)} |`);
  }
}
