export { analyze } from './analyze';
export { DEFAULT_CONTEXT, resolveContext } from './context';
export { allRules, eventRules, messageRules, ruleIds } from './registry';
export type * from './types';
