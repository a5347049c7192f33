/** Strings of the cite pages. */
export default {};
