import type { nl } from './nl';
export const en = {} as Record<keyof typeof nl, string>;
