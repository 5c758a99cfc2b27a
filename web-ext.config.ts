// Browsers that `npm run dev` opens: Debian's Chromium and Firefox ESR.
import { defineWebExtConfig } from 'wxt';

export default defineWebExtConfig({
  binaries: {
    chrome: '/usr/bin/chromium',
    firefox: '/usr/bin/firefox-esr',
  },
  // Chromium refuses to start its sandbox as root (as in containers and CI); a normal user keeps it.
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
