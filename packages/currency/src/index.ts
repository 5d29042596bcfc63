export { isPressroomError, PressroomError } from '@pressroom/core';
export { convert, pickBundledRates } from './convert';
export type { RateTable } from './data/rates';
export { BUNDLED_RATES } from './data/rates';
export { DEFAULT_MAX_INPUT_LENGTH, findMoney } from './find-money';
export type { Evidence, FindMoneyOptions, Money } from './types';
