// Reads a password without showing it. Node's readline always echoes what is typed, and no maintained prompt
// library is among the project's dependencies for one question, so on a terminal the keys are read in raw mode here
// (Enter ends, Backspace deletes, Ctrl+C stops). From a pipe, the first line is the answer.
import { createInterface } from 'node:readline';

/** The terminal's side of the input that askHidden needs: Node's TTY stream has it. */
export interface KeyInput extends NodeJS.ReadableStream {
  setRawMode(on: boolean): unknown;
}

/** On a terminal: the answer, typed without echo. */
export async function askHidden(question: string, input: KeyInput, output: NodeJS.WritableStream): Promise<string> {
  output.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let answer = '';
    const done = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (keys: string) => {
      for (const key of keys) {
        if (key === '\r' || key === '\n') {
          done();
          return;
        }
        if (key === '\u0003') {
          done(new Error('Stopped: no password was given'));
          return;
        }
        if (key === '\u007f' || key === '\b') answer = answer.slice(0, -1);
        else answer += key;
      }
    };
    input.on('data', onData);
  });
}

/** From a pipe (a provisioning script): the first line of the input. */
export async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}
