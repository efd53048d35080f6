package org.gluesuite.cli;

import java.util.concurrent.Callable;
import org.gluesuite.cli.shell.InteractiveShell;
import org.gluesuite.cli.shell.ShellObjects;
import org.gluesuite.glue.GlueContext;
import org.gluesuite.runtime.context.GlueSuiteContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code shell}: jshell with the runtime on the classpath and a Glue context on the workspace bound. */
@Command(name = "shell", mixinStandardHelpOptions = true,
    description = {"An interactive Java shell (jshell) with the runtime on the classpath and ready objects: "
        + "glueContext (Glue's GlueContext), glue (the runtime's context), spark, sc and catalog, over the "
        + "workspace's catalog, with Lake Formation deciding for --principal. Type help() to list them; Tab "
        + "completes; /exit leaves.",
        "A script on stdin runs without prompts: ./glue-suite shell < script.jsh"})
final class ShellCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Override
  public Integer call() throws Exception {
    Console console = root.console();
    String principal = root.principal();
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      console.progress("starting Spark and the shell …");
      GlueSuiteContext glue = environment.glue().withAccessPolicy(environment.accessPolicy(principal));
      GlueContext glueContext = GlueContext.apply(glue, environment.workspace().catalogLocation());
      ShellObjects objects = new ShellObjects(glueContext, glue, principal, environment.workspace().root());
      console.line("glue-suite shell: jshell with Glue Suite's runtime (Spark %s).", glue.spark().version());
      console.out().print(objects.help());
      console.out().flush();
      return InteractiveShell.run(objects, environment.workspace().scratch(), System.in, console.out(),
          System.err);
    }
  }
}
