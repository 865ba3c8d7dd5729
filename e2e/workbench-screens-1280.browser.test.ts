import { afterAll, beforeAll, describe, it } from 'vitest';
import { renderScreens, screensSetup, SCREENS, type Screens } from './workbench-screens.ts';

/** Every workbench screen at 1280 px (a desktop), each checked by axe-core. */
let s: Screens;
beforeAll(async () => {
  s = await screensSetup('axe-summary-workbench-screens-1280');
}, 300_000);
afterAll(async () => s?.close());

describe('every workbench screen at 1280 px', () => {
  it(`renders the ${SCREENS.length} screens, each for its role, with nothing failed to load and nothing serious for axe`, async () => {
    await renderScreens(s, 1280, false);
  }, 600_000);
});
