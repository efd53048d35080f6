package org.gluesuite.cli;

import java.nio.file.Path;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.common.GlueSuiteUserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ./glue-suite}: runs Glue jobs, pipelines and catalog commands locally. */
@Command(name = "glue-suite", mixinStandardHelpOptions = true, version = "glue-suite 0.1.0 (AWS Glue 5.1: Spark 3.5.6)",
    description = "Build, test and run AWS Glue pipelines locally: jobs on Spark local[*], an embedded Glue "
        + "Data Catalog, and a folder as the lake.",
    subcommands = {
        RunPipelineCommand.class,
        RunJobCommand.class,
        GenerateCommand.class,
        QueryCommand.class,
        CrawlCommand.class,
        CatalogCommand.class,
        LfCommand.class,
        JobsCommand.class,
        RunsCommand.class,
        WorkflowCommand.class,
        SchedulerCommand.class,
        BenchmarkCommand.class,
        BookmarksCommand.class,
        ShellCommand.class,
        ServeCommand.class,
        DeployCommand.class,
        DqCommand.class,
        ProfileCommand.class,
        CommandLine.HelpCommand.class
    })
public final class GlueSuiteCli implements Runnable {

  @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = "workspace",
      description = "Lake files, catalog and run records (default: ./workspace).")
  Path workspace;

  @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print machine-readable JSON on stdout.")
  boolean json;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show Spark's and Hadoop's logs.")
  boolean verbose;

  @Option(names = "--master", scope = ScopeType.INHERIT, defaultValue = "local[*]", paramLabel = "URL",
      description = "Spark master for commands that run Spark (default: local[*]).")
  String master;

  @Option(names = "--principal", scope = ScopeType.INHERIT, paramLabel = "ARN",
      description = "The IAM role or user ARN Lake Formation decides for (default: $GLUE_SUITE_PRINCIPAL, else the "
          + "local data lake administrator). Jobs run as their own role.")
  String principal;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The principal commands run as: --principal, else $GLUE_SUITE_PRINCIPAL, else the local administrator. */
  String principal() {
    String chosen = principal != null ? principal : System.getenv("GLUE_SUITE_PRINCIPAL");
    if (chosen == null || chosen.isBlank()) {
      return org.gluesuite.lakeformation.DataLakePrincipal.LOCAL_ADMIN.identifier();
    }
    if (!org.gluesuite.lakeformation.DataLakePrincipal.isValid(chosen)) {
      throw new UsageException("--principal '" + chosen + "' is not an IAM role or user ARN. Write e.g. "
          + "arn:aws:iam::000000000000:role/AirQualityAnalystRole.");
    }
    return chosen;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 job failed, 2 usage or validation error). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new GlueSuiteCli());
    commandLine.setExecutionExceptionHandler(GlueSuiteCli::handleFailure);
    commandLine.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("error: " + e.getMessage());
      e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for usage.");
      return ExitCode.USAGE;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Console console() {
    Logging.configure(verbose);
    return new Console(System.out, System.err, json);
  }

  Workspace workspace() {
    return new Workspace(workspace);
  }

  private static int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    java.io.PrintWriter err = commandLine.getErr();
    if (e instanceof GlueSuiteException) {
      // Library messages already say what, why and how to fix; the CLI adds the command that helps, if any.
      err.println("error: " + e.getMessage());
      ErrorHints.hintFor(e).ifPresent(hint -> err.println("hint: " + hint));
    } else {
      err.println("error: " + e);
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        err.println("  caused by: " + cause);
      }
      err.println("Run again with --verbose for Spark's logs.");
    }
    return exitCodeFor(e);
  }

  /** By type: whatever module threw it, a user error (nothing ran) is a usage error; anything else a failure. */
  static int exitCodeFor(Throwable e) {
    return e instanceof GlueSuiteUserException ? ExitCode.USAGE : ExitCode.JOB_FAILED;
  }
}
