/** Strings of the search pages. */
export default {};
