package org.gluesuite.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.dq.profile.TableProfile;
import org.gluesuite.dq.profile.TableProfiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile DATABASE.TABLE [--target COLUMN]}: the insights report of a catalog table. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = "Profile DATABASE.TABLE: per column the type, missing values, distinct values, statistics, IQR "
        + "outliers, most frequent values and a histogram; duplicate rows; with --target, columns that predict the "
        + "target almost perfectly (target leakage) and a quick model's score. Writes quality.json and a "
        + "self-contained quality.html.")
final class ProfileCommand implements Callable<Integer> {

  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "DATABASE.TABLE")
  String table;

  @Option(names = "--target", paramLabel = "COLUMN", description = "The column a model would predict.")
  String target;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Where to write quality.json and quality.html (default: WORKSPACE/profiles/DATABASE.TABLE).")
  Path output;

  @Override
  public Integer call() {
    Console console = root.console();
    String[] name = CatalogCommand.splitTableName(table);
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      environment.catalog().getTable(name[0], name[1]);
      environment.step("profile " + table);
      Dataset<Row> data = environment.glue().withAccessPolicy(environment.accessPolicy(root.principal()))
          .getCatalogSource(name[0], name[1]).getFrame().toDF();
      TableProfile profile = TableProfiler.profile(data, name[0] + "." + name[1], target);
      Path folder = output != null ? output : environment.workspace().profiles().resolve(name[0] + "." + name[1]);
      Path json = folder.resolve(TableProfile.FILE_NAME);
      Path html = Path.of(profile.writeTo(folder.toAbsolutePath().toString(),
          environment.spark().sparkContext().hadoopConfiguration()));
      console.line("%s: %,d rows, %d columns, %,d duplicate rows", profile.table(), profile.rows(),
          profile.columns().size(), profile.duplicateRows());
      if (target != null) {
        console.line("target %s: %s; quick model %s", target, profile.leakage().isEmpty()
            ? "no sign of leakage" : "possible leakage from " + String.join(", ", profile.leakage()),
            profile.quickModel());
      }
      console.line("wrote %s and %s", json, html);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("QualityJson", json.toString());
      out.put("Html", html.toString());
      out.put("Leakage", profile.leakage());
      console.json(out);
      return ExitCode.OK;
    }
  }
}
