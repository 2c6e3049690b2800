// markdown-it's core rule that turns bare URLs into links; its `exports` map opens lib/ to
// importers, and @types/markdown-it declares the rule's state but not the module.
declare module 'markdown-it/lib/rules_core/linkify.mjs' {
  import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
  export default function linkify(state: StateCore): void;
}
