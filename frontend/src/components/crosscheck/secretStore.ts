/**
 * A director's draw secret, kept in this browser (localStorage) per cycle and team until
 * the reveal. It never leaves the browser before the reveal; the backup file is the
 * director's own copy in case the browser's storage is cleared.
 */
export type StoredSecret = {
  secret: string;
  commitment: string;
  cycleId: string;
  teamId: string;
  createdAt: string;
};

export function secretKey(cycleId: string, teamId: string): string {
  return `towncheck.drawSecret.${cycleId}.${teamId}`;
}

export function loadSecret(cycleId: string, teamId: string): StoredSecret | null {
  try {
    const raw = localStorage.getItem(secretKey(cycleId, teamId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredSecret>;
    if (typeof value.secret !== 'string' || typeof value.commitment !== 'string') return null;
    return {
      secret: value.secret,
      commitment: value.commitment,
      cycleId,
      teamId,
      createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    };
  } catch {
    return null;
  }
}

export function saveSecret(value: StoredSecret): boolean {
  try {
    localStorage.setItem(secretKey(value.cycleId, value.teamId), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function forgetSecret(cycleId: string, teamId: string): void {
  try {
    localStorage.removeItem(secretKey(cycleId, teamId));
  } catch {
    // Nothing stored.
  }
}

/** The text of the backup file. */
export function backupText(value: StoredSecret, teamName: string): string {
  return [
    'TownCheck 互查抽签秘密数备份 / draw secret backup',
    `队伍 Team: ${teamName}`,
    `周期 Cycle ID: ${value.cycleId}`,
    `队伍 Team ID: ${value.teamId}`,
    `秘密数 Secret: ${value.secret}`,
    `承诺 Commitment (SHA-256): ${value.commitment}`,
    `生成时间 Created: ${value.createdAt}`,
    '揭示前请妥善保管，不要告诉他人 / Keep it private until the reveal.',
    '',
  ].join('\n');
}
