import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Staff passwords: scrypt from node:crypto, stored as `scrypt$N$r$p$saltB64$hashB64` so the cost
 * can be raised later without breaking stored hashes.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

/**
 * A real hash of a random throw-away password. Checking an unknown email against it costs the same
 * time as checking a wrong password, so response time does not reveal which emails have accounts.
 */
export const DUMMY_PASSWORD_HASH =
  "scrypt$16384$8$1$P+usw60AdZ6jgrPSLDfmXQ==$G3b4d3o/H9asEmJnKOBTTLgeOeN/hGcvSNMUYz1JiOglbjzfAWXNYe2Ud3o/78WzpvSS8tAh+56ISJ9AVeukyw==";

function derive(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_LENGTH, { N, r: R, p: P });
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

type Parsed = { n: number; r: number; p: number; salt: Buffer; hash: Buffer };

function parse(stored: string): Parsed | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [n, r, p] = parts.slice(1, 4).map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
  // Bounds keep a corrupt row from asking for gigabytes of memory.
  if (!(n >= 2 && n <= 2 ** 20 && (n & (n - 1)) === 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) return null;
  const salt = Buffer.from(parts[4], "base64");
  const hash = Buffer.from(parts[5], "base64");
  if (salt.length < 8 || hash.length < 16 || hash.length > 128) return null;
  return { n, r, p, salt, hash };
}

/** True when `password` matches `stored`. A malformed hash is simply "no", never an exception. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const { n, r, p, salt, hash } = parsed;
  try {
    const key = await derive(password, salt, hash.length, { N: n, r, p, maxmem: 256 * n * r * p + 1024 * 1024 });
    return timingSafeEqual(key, hash);
  } catch {
    return false;
  }
}
