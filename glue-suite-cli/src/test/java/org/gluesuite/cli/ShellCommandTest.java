package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.junit.jupiter.api.Test;

/**
 * {@code shell} driven by a script on stdin, as a user would type it: the ready objects are bound over the
 * workspace's catalog, and Lake Formation decides their reads for {@code --principal}.
 */
class ShellCommandTest {
  private static final String ANALYST = "arn:aws:iam::000000000000:role/ShopAnalystRole";

  @Test
  void shell_runsAScriptOnStdin_withGlueContextOverTheCatalog_asTheLakeFormationPrincipal() throws Exception {
    Path base = Files.createDirectories(Path.of("target", "cli-tests").toAbsolutePath());
    Path workspace = Files.createTempDirectory(base, "shell");
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      catalog.createDatabase(DatabaseInput.named("shop"));
      catalog.createTable("shop", jsonTable(workspace, "orders",
          "{\"id\": 1, \"amount\": 9.5}\n{\"id\": 2, \"amount\": 20.0}\n{\"id\": 3, \"amount\": 4.25}\n"));
      catalog.createTable("shop", jsonTable(workspace, "payroll", "{\"id\": 1, \"salary\": 1000}\n"));
    }
    CliRun grant = CliRun.of("lf", "grant", "--principal-arn", ANALYST, "--permissions", "SELECT", "--table",
        "shop.orders", "--workspace", workspace.toString());
    assertThat(grant.exitCode()).as(grant.stderr()).isZero();
    Path script = workspace.resolve("script.jsh");
    Files.write(script, List.of(
        "help()",
        "glueContext.getCatalogSource(\"shop\", \"orders\", \"\", \"\", \" \", JsonOptions.empty(), null)"
            + ".getDynamicFrame().count()",
        "glue.getCatalogSource(\"shop\", \"orders\").getFrame().toDF().agg(functions.sum(\"amount\")).first()",
        "glueContext.getCatalogSource(\"shop\", \"payroll\", \"\", \"\", \" \", JsonOptions.empty(), null)"
            + ".getDynamicFrame().count()",
        "/exit"));

    CliProcess shell = CliProcess.startWithInput(workspace.resolve("logs"), script, "shell", "--workspace",
        workspace.toString(), "--master", "local[1]", "--principal", ANALYST);

    assertThat(shell.waitFor(300)).as(shell.stderr()).isZero();
    String out = shell.stdout();
    // The banner and help() list the ready objects with the principal they act as.
    assertThat(out).contains("glue-suite shell: jshell with Glue Suite's runtime (Spark 3.5.6)");
    assertThat(out.split("Ready objects \\(workspace", -1)).hasSize(3);
    assertThat(out).contains("Lake Formation principal " + ANALYST)
        .contains("  glueContext  org.gluesuite.glue.GlueContext").contains("  catalog      DataCatalog");
    // A frame from a catalog table through Glue's API, and through the runtime's.
    assertThat(out).containsPattern("\\$\\d+ ==> 3\\R").containsPattern("\\$\\d+ ==> \\[33\\.75]");
    // The table the principal has no grant on is refused, and the shell goes on to /exit.
    assertThat(out + shell.stderr()).contains("Insufficient Lake Formation permission(s)").contains(ANALYST)
        .contains("shop.payroll");
    assertThat(out).doesNotContainPattern("\\$\\d+ ==> 1\\R");
  }

  private static TableInput jsonTable(Path workspace, String name, String lines) throws Exception {
    Path folder = Files.createDirectories(workspace.resolve("lake").resolve("shop").resolve(name));
    Files.writeString(folder.resolve("part-0.json"), lines);
    List<Column> columns = name.equals("orders") ? List.of(Column.of("id", "bigint"), Column.of("amount", "double"))
        : List.of(Column.of("id", "bigint"), Column.of("salary", "bigint"));
    return TableInput.external(name, columns, List.of(), folder.toString(), StorageFormat.JSON);
  }
}
