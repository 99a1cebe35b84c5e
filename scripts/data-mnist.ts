// Builds public/data/mnist-full.* from the full MNIST IDX files (60,000 train / 10,000 test).
// Usage: npm run data:mnist -- --from <dir> | --download [--mirror <url>] [--out <dir>]
import { runDataMnist } from './lib/dataMnistCli.ts';

runDataMnist(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
