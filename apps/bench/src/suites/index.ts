import type { Suite } from '../types';
import { batch } from './batch';
import { bundleSize } from './bundle-size';
import { bylines } from './bylines';
import { currency } from './currency';
import { extraction } from './extraction';
import { queue } from './queue';
import { quotes } from './quotes';
import { scaling } from './scaling';

/** Every suite `pnpm bench` knows, in the order it runs them (`pnpm bench <name>` runs one). */
export const suites: Suite[] = [extraction, scaling, bylines, quotes, currency, bundleSize, batch, queue];
