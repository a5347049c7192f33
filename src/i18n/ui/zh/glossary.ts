/** Strings of the glossary pages. */
export default {};
