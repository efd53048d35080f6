package org.gluesuite.cli;

/** The launcher's exit codes. */
public final class ExitCode {
  public static final int OK = 0;
  /** A job or pipeline ran and failed. */
  public static final int JOB_FAILED = 1;
  /** The command, an argument, an option or a definition was wrong; nothing ran. */
  public static final int USAGE = 2;

  private ExitCode() {
  }
}
