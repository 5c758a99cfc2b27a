// Retries an assertion until it passes, on real timers, so a faked Date does not move while waiting.
export async function eventually(assertion: () => unknown | Promise<unknown>, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
