// How the letters panel words each letter's state: due by, overdue, available, from a date, sent; and its colour.
import { letterDate, type LetterDue } from '../../../shared/letters';

export type ChipColour = 'default' | 'primary' | 'success' | 'warning' | 'error';

export function letterStateWords(letter: LetterDue): { chip: string; colour: ChipColour; note: string } {
  const on = (day: string | null) => (day ? letterDate(day) : '');
  const lastSent = letter.sentOn && letter.state !== 'sent' ? `Last sent ${on(letter.sentOn)}` : '';
  switch (letter.state) {
    case 'due':
      return { chip: 'Due', colour: 'warning', note: letter.dueOn ? `Due by ${on(letter.dueOn)}` : 'Due now' };
    case 'overdue':
      return { chip: 'Overdue', colour: 'error', note: `Was due by ${on(letter.dueOn)}` };
    case 'not-yet':
      return { chip: 'Not yet', colour: 'default', note: `Due from ${on(letter.dueOn)}` };
    case 'sent':
      return { chip: 'Sent', colour: 'success', note: `Sent ${on(letter.sentOn)}` };
    case 'available':
      return {
        chip: 'Available',
        colour: 'primary',
        note: [letter.dueOn ? `If needed, by ${on(letter.dueOn)}` : '', lastSent].filter(Boolean).join('. '),
      };
  }
}
