// The first administrator's password is read without being shown: on a terminal in raw mode, keys never echoed.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askHidden, firstLine, type KeyInput } from '../../../../server/scripts/hidden-answer';

function terminal(): { input: KeyInput & PassThrough; output: PassThrough; shown: () => string; rawModes: boolean[] } {
  const rawModes: boolean[] = [];
  const input = Object.assign(new PassThrough(), { setRawMode: (on: boolean) => rawModes.push(on) });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
  return { input, output, shown: () => shown, rawModes };
}

describe('askHidden', () => {
  it('takes the typed keys, Backspace included, shows none of them and leaves raw mode', async () => {
    const t = terminal();
    const answer = askHidden('Password: ', t.input, t.output);
    t.input.write('orchard violex');
    t.input.write('\u007ft compass\r');
    expect(await answer).toBe('orchard violet compass');
    expect(t.shown()).toBe('Password: \n');
    expect(t.rawModes).toEqual([true, false]);
  });

  it('stops on Ctrl+C with no password', async () => {
    const t = terminal();
    const answer = askHidden('Password: ', t.input, t.output);
    t.input.write('half\u0003');
    await expect(answer).rejects.toThrow('Stopped: no password was given');
    expect(t.rawModes).toEqual([true, false]);
  });

  it('reads the first line from a pipe', async () => {
    const pipe = new PassThrough();
    pipe.end('orchard violet compass\nsecond line\n');
    expect(await firstLine(pipe)).toBe('orchard violet compass');
  });
});
