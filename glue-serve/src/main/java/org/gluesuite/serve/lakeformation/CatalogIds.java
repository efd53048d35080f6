package org.gluesuite.serve.lakeformation;

/** The one catalog's ID in answers: the local account of the suite's principals ({@code arn:aws:iam::000000000000:…}). */
final class CatalogIds {
  static final String LOCAL = "000000000000";

  private CatalogIds() {
  }
}
