// @vitest-environment jsdom
// The exporter's ids from the running copy: its own id for the browser it runs in (Edge told apart from Chrome by
// its user agent), the store's or the placeholder for the others.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserFamily, exportIds } from '../../platform/extension-identity';

// Real user agents of the two Chromium browsers (Chrome 131 and Edge 131 on Windows).
const CHROME_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const EDGE_UA = `${CHROME_UA} Edg/131.0.0.0`;

describe('extension identity', () => {
  it('tells Edge from Chrome by "Edg/" in the user agent', () => {
    expect(browserFamily(CHROME_UA)).toBe('chrome');
    expect(browserFamily(EDGE_UA)).toBe('edge');
  });

  it('names the running copy by its own id for Chrome, the placeholder for Edge, the gecko id for Firefox', () => {
    fakeBrowser.runtime.id = 'ownidownidownidownidownidownidow';
    expect(exportIds()).toEqual({
      chrome: { id: 'ownidownidownidownidownidownidow', placeholder: false },
      edge: { id: 'EXTENSION_ID', placeholder: true },
      firefox: { id: 'unknot@unknot.app', placeholder: false },
    });
  });
});
