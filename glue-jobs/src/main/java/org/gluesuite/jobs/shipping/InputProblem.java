package org.gluesuite.jobs.shipping;

/**
 * One thing wrong with an input file, where it is and how to fix it.
 *
 * @param file the file's name
 * @param line the 1-based line, 0 for the file as a whole
 * @param column the header name of the column, or null for the whole line
 * @param problem what is wrong
 * @param fix how to fix it
 */
record InputProblem(String file, int line, String column, String problem, String fix) {

  @Override
  public String toString() {
    String where = file + (line > 0 ? ", line " + line : "") + (column != null ? ", column " + column : "");
    return where + ": " + problem + (fix == null ? "" : "; " + fix);
  }
}
