import type { Suite } from '../types';
import { extraction } from './extraction';

/** Every suite `pnpm bench` knows, in the order it runs them. */
export const suites: Suite[] = [extraction];
