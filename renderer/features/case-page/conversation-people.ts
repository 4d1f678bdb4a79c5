// Who took part in a conversation, from the names staff type; a member of staff keeps their id so exports can redact them.
import type { ConversationPerson, User } from '../../../shared/model';

/** "Jane Whitfield, Sam Agent" → people, in the order typed. */
export function conversationPeople(text: string, staff: readonly Pick<User, 'id' | 'name'>[]): ConversationPerson[] {
  return text
    .split(/[,\n;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      const member = staff.find((u) => u.name.toLowerCase() === name.toLowerCase());
      return member ? { name: member.name, userId: member.id } : { name };
    });
}
