package org.gluesuite.crawler.definition;

/** A custom CSV classifier's {@code ContainsHeader}. */
public enum HeaderMode {
  PRESENT, ABSENT, UNKNOWN
}
