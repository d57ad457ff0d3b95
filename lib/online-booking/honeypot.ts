/** The hidden field people never see or fill; a bot filling every input gives itself away. */
export const HONEYPOT_FIELD = "website";
