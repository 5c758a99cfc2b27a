// A virtual X display, for what only a real window receives: browser-level keyboard shortcuts typed with xdotool.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Display {
  name: string;
  /** Types keys (xdotool syntax, e.g. "alt+shift+b") into the focused window of `windowClass`. */
  type(keys: string, windowClass: string): void;
  close(): void;
}

export async function startDisplay(number = 90 + Math.floor(Math.random() * 400)): Promise<Display> {
  const name = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [name, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const socket = `/tmp/.X11-unix/X${number}`;
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (Date.now() > deadline) throw new Error(`Xvfb did not start on ${name}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    type(keys, windowClass) {
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', windowClass], { env }).toString().trim().split('\n');
      execFileSync('xdotool', ['windowfocus', '--sync', windows.at(-1)!], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    close() {
      server.kill();
    },
  };
}
