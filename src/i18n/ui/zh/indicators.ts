/** Strings of the indicators pages. */
export default {};
