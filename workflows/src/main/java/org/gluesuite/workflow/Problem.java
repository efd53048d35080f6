package org.gluesuite.workflow;

/** One problem in a definition: the file, the JSON path inside it, and what is wrong and how to fix it. */
public record Problem(String file, String jsonPath, String message) {
  @Override
  public String toString() {
    return file + ": " + jsonPath + ": " + message;
  }
}
