package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the CLI reports failures, in this JVM (no Spark starts): the exit code follows the exception's type, not a
 * list of types; library messages name no CLI command, and the CLI adds its own hint line.
 */
class ErrorHandlingTest {
  /** A user error of a kind no list in the CLI can know of. */
  private static final class MadeUpUserError extends GlueSuiteUserException {
    MadeUpUserError() {
      super("made up");
    }
  }

  @TempDir
  Path workspace;

  private record Outcome(int exitCode, String errorLine, String hintLine) {
  }

  private static Outcome cli(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = GlueSuiteCli.execute(args);
    } finally {
      System.setErr(original);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    String error = lines.stream().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
    String hint = lines.stream().filter(l -> l.startsWith("hint: ")).findFirst().orElse("");
    return new Outcome(code, error, hint);
  }

  @Test
  void exitCode_followsTheType_whateverModuleThrewIt() {
    assertThat(GlueSuiteCli.exitCodeFor(new MadeUpUserError())).isEqualTo(ExitCode.USAGE);
    assertThat(GlueSuiteCli.exitCodeFor(new GlueSuiteException("a run failed"))).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(GlueSuiteCli.exitCodeFor(new IllegalStateException("a bug"))).isEqualTo(ExitCode.JOB_FAILED);
  }

  @Test
  void aJobNameThatCannotBeAFolder_exitsTwo_thoughNoCliCodeNamesItsType() {
    Outcome bad = cli("--workspace", workspace.toString(), "runs", "../escape");

    assertThat(bad.exitCode()).as("InvalidInputException from the runtime's run store").isEqualTo(ExitCode.USAGE);
    assertThat(bad.errorLine()).contains("Job name '../escape' cannot name a run-record folder");
  }

  @Test
  void aLakeFormationRequestWithSeveralMistakes_exitsTwo_listingThemAll() {
    Outcome bad = cli("--workspace", workspace.toString(), "lf", "grant", "--principal-arn", "analyst",
        "--permissions", "SELECT,READ", "--database", "airquality");

    assertThat(bad.exitCode()).as("a user error from the Lake Formation definitions").isEqualTo(ExitCode.USAGE);
    assertThat(bad.errorLine()).contains("The GrantPermissions request: 3 problems; nothing ran.");
  }

  @Test
  void aMissingTable_exitsTwo_theLibraryNamesTheCall_theCliTheCommand() {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      catalog.createDatabase(new DatabaseInput("airquality", null, null, null));
    }

    Outcome missing = cli("--workspace", workspace.toString(), "catalog", "table", "airquality.nope");

    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.errorLine()).contains("Table airquality.nope not found").contains("getTables(\"airquality\")")
        .doesNotContain("./glue-suite");
    assertThat(missing.hintLine()).contains("./glue-suite catalog databases, catalog tables DATABASE");
  }

  @Test
  void aCorruptBookmark_exitsTwo_withTheApiRepairInTheMessage_andTheCommandInTheHint() throws Exception {
    BookmarkStore store = new BookmarkStore(workspace.resolve("bookmarks"));
    store.replace(JobBookmarkEntry.initial("clean").committed("jr_1", 0, Map.of(), Instant.now()), 0, "jr_1");
    Path file = workspace.resolve("bookmarks/clean.json");
    Files.writeString(file, Files.readString(file).replace("jr_1", "jr_9"));

    Outcome corrupt = cli("--workspace", workspace.toString(), "bookmarks", "show", "clean");

    assertThat(corrupt.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(corrupt.errorLine()).contains("is corrupt").contains("BookmarkStore.reset(\"clean\", null)")
        .doesNotContain("./glue-suite");
    assertThat(corrupt.hintLine()).isEqualTo("hint: ./glue-suite bookmarks reset clean repairs it (the next run "
        + "reprocesses everything).");
  }

  @Test
  void anUnknownWorkflowRun_exitsTwo_withAHint() {
    Outcome unknown = cli("--workspace", workspace.toString(), "workflow", "show", "wr_nope");

    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.errorLine()).contains("There is no workflow run 'wr_nope'")
        .contains("WorkflowRunStore.list(workflow)").doesNotContain("./glue-suite");
    assertThat(unknown.hintLine()).contains("./glue-suite workflow runs NAME");
  }

  @Test
  void aGrantByAPrincipalWithoutTheGrantOption_isAFailureNotAUsageError_withAHint() {
    Outcome denied = cli("--workspace", workspace.toString(), "--principal",
        "arn:aws:iam::000000000000:role/AnalystRole", "lf", "grant", "--principal-arn",
        "arn:aws:iam::000000000000:role/OtherRole", "--permissions", "SELECT", "--table", "airquality.t");

    assertThat(denied.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(denied.errorLine()).contains("cannot grant or revoke SELECT").contains("DataLakeSettings.DataLakeAdmins")
        .doesNotContain("--principal");
    assertThat(denied.hintLine()).contains("./glue-suite lf list");
  }
}
