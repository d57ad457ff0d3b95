/** How a client's details read on screen. Pure: safe in the browser. */

/** "+447700900123" → "07700 900123"; other numbers as stored. */
export function displayPhone(phone: string): string {
  const uk = /^\+44(\d{4})(\d{6})$/.exec(phone);
  return uk ? `0${uk[1]} ${uk[2]}` : phone;
}

export function fullName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`;
}
