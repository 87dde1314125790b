/**
 * Passwords of ten characters or more that appear near the top of published breach lists.
 * Kept short on purpose: the strength rules catch the rest, and the list ships to the browser.
 */
const COMMON = new Set([
  '1234567890', '0123456789', '12345678910', '123456789a', 'a123456789', '1q2w3e4r5t', '1qaz2wsx3edc',
  'qwertyuiop', 'asdfghjkl;', 'zxcvbnm123', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'password12',
  'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123', 'welcome123', 'welcome1234', 'iloveyou123',
  'abcdefghij', 'abcd123456', 'abc1234567', 'aaaaaaaaaa', '1111111111', '0000000000', '9876543210',
  'letmein123', 'football123', 'baseball123', 'monkey1234', 'dragon1234', 'sunshine123', 'princess123',
  'superman123', 'trustno1234', 'starwars123', 'changeme123', 'administrator', 'administrator1',
  'wachtwoord', 'wachtwoord1', 'wachtwoord12', 'wachtwoord123', 'welkom1234', 'welkom12345',
  'universiteit', 'leiden1234', 'studenten', 'qwertyuiop1', 'zaq12wsxcde', 'mentornetwork', 'mentor12345',
  'computer123', 'internet123', 'whatever123', 'michael123', 'jennifer123', 'liverpool123', 'chelsea123',
  'pokemon123', 'master1234', 'hello12345', 'hellohello', 'loveyou123', 'summer2024', 'summer2025',
  'summer2026', 'winter2025', 'winter2026', 'spring2026', 'autumn2026', 'zomer2026', 'september1',
]);

/** True for a password on the common list, or one made of a single repeated character. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON.has(lower) || /^(.)\1+$/.test(lower);
}

/** 0 (weak) to 4 (strong): length and variety, for the strength meter. */
export function passwordStrength(password: string): 0 | 1 | 2 | 3 | 4 {
  if (password.length < 10 || isCommonPassword(password)) return 0;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  let score = classes >= 3 ? 2 : 1;
  if (password.length >= 14) score += 1;
  if (password.length >= 18 && classes >= 2) score += 1;
  return Math.min(score, 4) as 0 | 1 | 2 | 3 | 4;
}
