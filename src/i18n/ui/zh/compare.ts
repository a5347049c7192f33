/** Strings of the compare pages. */
export default {};
