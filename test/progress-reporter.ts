// Prints each test file as it starts and ends, with timestamps. Vitest's default reporter
// writes nothing until the end when output is not a terminal (CI), so a slow or stuck file
// would otherwise leave no trace in the log.
import type { Reporter, TestModule } from "vitest/node";

const at = () => new Date().toISOString();
const name = (module: TestModule) => module.moduleId.replace(`${process.cwd()}/`, "");

export default class ProgressReporter implements Reporter {
  onTestModuleStart(module: TestModule): void {
    console.log(`[start] ${name(module)} ${at()}`);
  }

  onTestModuleEnd(module: TestModule): void {
    console.log(`[end] ${name(module)} ${module.state()} ${at()}`);
  }
}
