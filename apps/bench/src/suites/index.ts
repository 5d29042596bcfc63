import type { Suite } from '../types';
import { extraction } from './extraction';
import { scaling } from './scaling';

/** Every suite `pnpm bench` knows, in the order it runs them. */
export const suites: Suite[] = [extraction, scaling];
