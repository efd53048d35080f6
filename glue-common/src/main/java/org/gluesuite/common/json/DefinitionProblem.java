package org.gluesuite.common.json;

/** One problem in a definition file: the file, the JSON path inside it, and what is wrong and how to fix it. */
public record DefinitionProblem(String file, String jsonPath, String message) {
  @Override
  public String toString() {
    return file + ": " + jsonPath + ": " + message;
  }
}
