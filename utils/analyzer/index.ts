export { analyze } from './analyze';
export { DEFAULT_CONTEXT, resolveContext } from './context';
export { allRules, eventRules, messageRules } from './registry';
export type * from './types';
