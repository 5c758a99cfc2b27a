// Browsers that `npm run dev` opens: Debian's Chromium and Firefox ESR.
import { defineWebExtConfig } from 'wxt';

export default defineWebExtConfig({
  binaries: {
    chrome: '/usr/bin/chromium',
    firefox: '/usr/bin/firefox-esr',
  },
});
