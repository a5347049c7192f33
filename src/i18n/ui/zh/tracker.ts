/** Strings of the tracker pages. */
export default {};
