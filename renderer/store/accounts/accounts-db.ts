// The desk's sign-in database, kept apart from case data so that restoring a case backup never changes who can sign in.
import Dexie, { type Table } from 'dexie';
import type { JsonValue } from '../../../shared/model';
import type { PasswordHash } from './password-hash';
import { upgradeLockoutRecords } from './lockout-record';

export const ACCOUNTS_DATABASE_NAME = 'complaints-desk-accounts';

export interface CredentialRecord extends PasswordHash {
  userId: string;
  /** ISO instant the password was last set. */
  updatedAt: string;
}

/** Wrong passwords in a row for one account, and when a lock-out they caused ends. */
export interface AttemptRecord {
  userId: string;
  failures: number;
  /** Lock-outs in a row since the last right password (absent in records written before lock-outs grew). */
  lockouts?: number;
  lastFailureAt: string;
  /** ISO instant; absent when the account is not locked out. */
  lockedUntil?: string;
  /** HMAC of the record and the account's password hash (lockout-record.ts); absent in records before version 2. */
  mac?: string;
}

/** Settings that belong with sign-in rather than with the cases (the idle lock): see settings/registry.ts. */
export interface PreferenceRecord {
  key: string;
  value: JsonValue;
}

export class AccountsDatabase extends Dexie {
  credentials!: Table<CredentialRecord, string>;
  attempts!: Table<AttemptRecord, string>;
  preferences!: Table<PreferenceRecord, string>;

  constructor(name = ACCOUNTS_DATABASE_NAME) {
    super(name);
    this.version(1).stores({ credentials: 'userId', attempts: 'userId', preferences: 'key' });
    // Version 2: the wrong-password records are authenticated, and every account with a password has one.
    this.version(2)
      .stores({})
      .upgrade(() => upgradeLockoutRecords(this, new Date().toISOString()));
  }
}

/** The one accounts database the app uses (tests make their own). */
export const accountsDb = new AccountsDatabase();
