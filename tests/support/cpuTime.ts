// Guards against inputs that hang the build (exponential or quadratic expansion) measure the
// CPU time of this test process, not the wall clock: the machine is shared, and other
// processes' load stretches wall-clock time several-fold without any change in our code.
// Vitest runs each test file in its own forked process, so the process's CPU time is the
// work of this file (and its garbage collection).

/** CPU milliseconds (user + system) this process has used so far. */
export function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `f`; its value and the CPU milliseconds it took. */
export function cpuTimed<T>(f: () => T): { value: T; ms: number } {
  const start = cpuNowMs();
  const value = f();
  return { value, ms: cpuNowMs() - start };
}
