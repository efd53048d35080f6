package org.gluesuite.deploy.internal;

import org.gluesuite.deploy.Change;

/** One planned change and the calls that make it (none for unchanged or skipped resources). */
public record Step(Change change, Runnable action) {
  static final Runnable NOTHING = () -> { };
}
