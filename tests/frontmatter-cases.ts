// Front-matter blocks (the lines between `---` fences) and what they must read as, shared by
// tests/frontmatter.test.ts (our reading) and tests/frontmatter-pyyaml.test.ts (libyaml's, when installed).

// YAML that libyaml (Jekyll's Psych, PyYAML) reads and the YAML spec does not: each block, with the
// mapping and top-level key lines (in the file) it gives.
export const LENIENT: Array<[string, string, Record<string, unknown>, Record<string, number>]> = [
  [
    'a double-quoted title continued at column 0 (18F)',
    'title: "From 1,500 pages to 10: Helping California buy a new Child\nWelfare System"\ndate: 2016-03-22\n',
    { title: 'From 1,500 pages to 10: Helping California buy a new Child Welfare System', date: '2016-03-22' },
    { title: 2, date: 4 },
  ],
  ["a single-quoted excerpt continued at column 0, '' inside", "excerpt: 'It''s what\nwe do'\nslug: x\n", { excerpt: "It's what we do", slug: 'x' }, { excerpt: 2, slug: 4 }],
  ['continued over several lines, one of them looking like a key', 'title: "a\nslug: not a key\nb"\nslug: real\n', { title: 'a slug: not a key b', slug: 'real' }, { title: 2, slug: 5 }],
  ['a blank line inside: a line break', 'title: "a\n\nb"\n', { title: 'a\nb' }, { title: 2 }],
  ['an escaped line break joins the lines', 'title: "a\\\nb"\n', { title: 'ab' }, { title: 2 }],
  ['a continuation indented with a tab', 'title: "a\n\tb"\n', { title: 'a b' }, { title: 2 }],
  ['in a nested mapping, continued left of its key', 'seo:\n  title: "a\nb"\n  x: 1\ny: 2\n', { seo: { title: 'a b', x: 1 }, y: 2 }, { seo: 2, y: 6 }],
  ['in a list item', 'tags:\n- "a\nb"\n- c\n', { tags: ['a b', 'c'] }, { tags: 2 }],
  ['a flow sequence continued at column 0', 'tags: [a,\nb]\nnext: 1\n', { tags: ['a', 'b'], next: 1 }, { tags: 2, next: 4 }],
  ['a flow mapping continued at column 0', 'seo: {a: 1,\nb: "x\ny"}\n', { seo: { a: 1, b: 'x y' } }, { seo: 2 }],
  ['a repeated key: the last wins (simple path)', 'title: a\ndescription: b\ntitle: c\n', { title: 'c', description: 'b' }, { title: 4, description: 3 }],
  ['a repeated key: the last wins (full parser)', 'title: a\nmeta: {x: 1}\ntitle: c\n', { title: 'c', meta: { x: 1 } }, { title: 4, meta: 3 }],
  ['a repeated nested key', 'meta:\n  a: 1\n  a: 2\n', { meta: { a: 2 } }, { meta: 2 }],
  ['a merge key', 'base: &b\n  x: 1\nmeta:\n  <<: *b\n  y: 2\n', { base: { x: 1 }, meta: { x: 1, y: 2 } }, { base: 2, meta: 4 }],
];

// Keys written in any way YAML allows are found where the parser found them.
export const KEY_LINES: Array<[string, string, Record<string, number>]> = [
  ['quoted keys', '"title": a\n\'slug\': b\n', { title: 2, slug: 3 }],
  ['an explicit key', '? description\n: c\n', { description: 2 }],
  ['a mapping indented throughout', '  title: a\n  slug: b\n', { title: 2, slug: 3 }],
  ['after comments and blank lines', '# a comment\n\ntitle: a # trailing\n', { title: 4 }],
  ['after a block scalar holding `key:` lines', 'summary: |\n  title: not a key\ntitle: real\n', { summary: 2, title: 4 }],
  ['a key that is a number or null', '2024: a\n~: b\n', { '2024': 2, '': 3 }],
  ['a top-level merge: the keys it brings, on its line, unless set', 'b: &b\n  title: x\n  slug: y\nslug: s\n<<: *b\n', { b: 2, slug: 5, title: 6 }],
];

// Blocks that cannot be read, with the error and its line in the file; the ones before the first
// `front matter …` (a wrongly typed field) or `YAML front matter must be a mapping` are YAML errors.
export const YAML_ERRORS: Array<[string, string, { message: string; line: number; column?: number }]> = [
  ['an unclosed quote: the line it opens on', 'a: 1\ntitle: "open\nb: 2\n', { message: 'invalid YAML front matter on line 3: Missing closing "quote', line: 3, column: 8 }],
  ['an unclosed flow sequence', 'a: 1\nb: 2\nc: [1, 2\n', { message: 'invalid YAML front matter on line 4: Flow sequence in block collection must be sufficiently indented and end with a ]', line: 4, column: 8 }],
  ['tab indentation', 'title:\n\t- x\n', { message: 'invalid YAML front matter on line 3: Tabs are not allowed as indentation', line: 3, column: 1 }],
  ['a document marker inside a quoted scalar', 'title: "a\n--- b"\n', { message: 'invalid YAML front matter on line 2: Missing closing "quote', line: 2, column: 8 }],
  ['a second document', 'title: a\n--- b\n', { message: 'invalid YAML front matter on line 3: a second document starts here', line: 3, column: 1 }],
  ['a mapping value where none may be', 'title: a: b\n', { message: 'invalid YAML front matter on line 2: Nested mappings are not allowed in compact mappings', line: 2, column: 8 }],
  ['an unknown alias (no place given)', 'a: *x\n', { message: 'invalid YAML front matter: Unresolved alias (the anchor must be set before the alias): x', line: 1 }],
  ['a list, not a mapping', '- a\n- b\n', { message: 'YAML front matter must be a mapping of keys to values, not a list', line: 2, column: 1 }],
  ['a single value, not a mapping', 'just text\n', { message: 'YAML front matter must be a mapping of keys to values, not a single value', line: 2, column: 1 }],
  ['a title that is a list', 'layout: post\ntitle: [a, b]\n', { message: 'front matter title must be text, not a list', line: 3 }],
  ['a description that is a mapping', 'description:\n  en: x\n', { message: 'front matter description must be text, not a mapping', line: 2 }],
  ['the first of two such fields', 'slug: [x]\ntitle: [y]\n', { message: 'front matter slug must be text, not a list', line: 2 }],
  ['a Title (any case) that is a list', 'Title: [a]\n', { message: 'front matter Title must be text, not a list', line: 2 }],
];
