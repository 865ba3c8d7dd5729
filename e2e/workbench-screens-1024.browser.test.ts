import { afterAll, beforeAll, describe, it } from 'vitest';
import { renderScreens, screensSetup, SCREENS, type Screens } from './workbench-screens.ts';

/** Every workbench screen at 1024 px (a tablet: the menu folded to icons; axe on each role's first screen). */
let s: Screens;
beforeAll(async () => {
  s = await screensSetup('axe-summary-workbench-screens-1024');
}, 300_000);
afterAll(async () => s?.close());

describe('every workbench screen at 1024 px', () => {
  it(`renders the ${SCREENS.length} screens, each for its role, with nothing failed to load`, async () => {
    await renderScreens(s, 1024, true);
  }, 600_000);
});
