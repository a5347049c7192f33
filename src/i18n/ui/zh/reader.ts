/** Strings of the reader pages. */
export default {};
