// markdown-it's own inline rules, which positions.ts wraps to record where their tokens stand;
// its `exports` map opens lib/ to importers, and @types/markdown-it declares the states, not these modules.
declare module 'markdown-it/lib/rules_inline/*.mjs' {
  import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
  export default function rule(state: StateInline, silent: boolean): boolean;
}
declare module 'markdown-it/lib/rules_block/blockquote.mjs' {
  import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
  export default function blockquote(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}
