/** A cheap phone's screen (issue 16): the header takes at most a fifth of it, a testimony's words start on it. */
export const PHONE = { width: 360, height: 740 };
export const MAX_HEADER = 148;
/** Playwright's default window, where a page is loaded before being laid out at other sizes. */
export const WINDOW = { width: 1280, height: 720 };
