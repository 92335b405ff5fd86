import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Screenshots of the till, wizard and manager console at real till sizes, for reviews; not part of `npm test`. */
export default defineConfig({ ...base, testDir: 'test/screens', outputDir: 'test-results/screens-run' });
