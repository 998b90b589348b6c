// The contracts live in @listinglint/types; core's modules import them from here.
export type * from '@listinglint/types';
