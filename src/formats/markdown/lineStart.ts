/** A line that starts a new line even inside a paragraph: a list item or a numbered point. */
export const LINE_START = /^\s*(?:[-+•–]\s|\d{1,3}[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s)/u;
