// `npm run admin:create -- --email you@example.com`: the first admin of a production database
// (`npm start` seeds demo accounts only on the embedded try-out). The password is read from
// stdin when it is piped (`… --password-stdin < file`), asked for twice on a terminal, or with
// `--generate` made here and printed this once.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createAdmin } from "../lib/auth/admin-account";
import { closeDatabase } from "../lib/db";
import { readablePassword } from "../prisma/seed/users";
import { runMain } from "./lib/cli";

const USAGE = `Usage: npm run admin:create -- [--email E] [--name N] [--password-stdin | --generate]
  --email E          the admin's email address (asked for when not given)
  --name N           a display name (default "Admin")
  --password-stdin   read the password from stdin (first line)
  --generate         generate a password and print it once
  Without either, the password is asked for on the terminal.`;

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? "";
}

/** Reads a line from the terminal; with `hidden`, typed characters are not echoed. */
async function ask(question: string, hidden = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (hidden) {
    // readline echoes through _writeToOutput: print the prompt, swallow the keystrokes.
    const output = rl as unknown as { _writeToOutput(text: string): void };
    output._writeToOutput = (text: string) => {
      if (text.startsWith(question)) process.stderr.write(question);
    };
  }
  try {
    return await rl.question(question);
  } finally {
    rl.close();
    if (hidden) process.stderr.write("\n");
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      generate: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const terminal = Boolean(process.stdin.isTTY);
  const email = values.email ?? (terminal ? await ask("Email: ") : "");
  if (!email) {
    console.error("Give the admin's email with --email.");
    console.error(USAGE);
    return 2;
  }
  let password: string;
  if (values.generate) password = readablePassword();
  else if (values["password-stdin"] || !terminal) password = await readStdin();
  else {
    password = await ask("Password: ", true);
    if ((await ask("Password again: ", true)) !== password) {
      console.error("The two passwords differ.");
      return 1;
    }
  }
  const result = await createAdmin({ email, password, name: values.name });
  if (!result.ok) {
    console.error(`No admin created:\n${result.problems.map((p) => `  - ${p}`).join("\n")}`);
    return 1;
  }
  console.log(`Created the admin ${result.email}.`);
  // The only time a generated password is shown: it is stored hashed.
  if (values.generate) console.log(`Password (shown this once): ${password}`);
  return 0;
}

runMain(main, { cleanup: closeDatabase, usage: USAGE });
