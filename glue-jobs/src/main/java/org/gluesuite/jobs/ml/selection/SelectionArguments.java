package org.gluesuite.jobs.ml.selection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gluesuite.common.args.JobArguments;

/**
 * A training job's model-selection arguments, parsed once:
 * <ul>
 *   <li>{@code --model-selection auto|off} (default off: the job's fixed model);</li>
 *   <li>{@code --model-selection-grid FILE}: a {@link SearchGrid} JSON file (default {@link SearchGrid#defaults()});</li>
 *   <li>{@code --model-selection-folds N} (default 2), {@code --model-selection-metric rmse|mae|r2} (default the
 *       job's), {@code --model-selection-parallelism N} (default 2), {@code --model-selection-seed N} (default 13).</li>
 * </ul>
 * The others need {@code --model-selection auto}.
 */
public final class SelectionArguments {
  public static final String MODE = "model-selection";
  static final List<String> DETAILS = List.of("model-selection-grid", "model-selection-folds",
      "model-selection-metric", "model-selection-parallelism", "model-selection-seed");

  private SelectionArguments() {
  }

  /** The settings when {@code --model-selection auto}, else empty; {@code metric} when the job names none. */
  public static Optional<SelectionSettings> parse(JobArguments args, Metric metric) {
    String mode = args.find(MODE).map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("off");
    if (mode.equals("off")) {
      for (String detail : DETAILS) {
        if (args.contains(detail)) {
          throw SelectionErrors.invalidSetting("--" + detail, args.get(detail), "it takes effect only with --"
              + MODE + " auto; add that or remove it");
        }
      }
      return Optional.empty();
    }
    if (!mode.equals("auto")) {
      throw SelectionErrors.invalidSetting("--" + MODE, args.get(MODE), "use auto or off");
    }
    SelectionSettings settings = SelectionSettings.defaults().withMetric(metric);
    Optional<String> grid = args.find("model-selection-grid");
    if (grid.isPresent()) {
      Path file = Path.of(grid.get().replaceFirst("^file:", ""));
      if (!Files.isRegularFile(file)) {
        throw SelectionErrors.invalidSetting("--model-selection-grid", grid.get(), "no such file; give the path "
            + "of a JSON grid file on this machine");
      }
      settings = settings.withGrid(SearchGrid.read(file));
    }
    Optional<String> folds = args.find("model-selection-folds");
    if (folds.isPresent()) {
      settings = settings.withFolds(whole("--model-selection-folds", folds.get()));
    }
    Optional<String> named = args.find("model-selection-metric");
    if (named.isPresent()) {
      settings = settings.withMetric(Metric.parse(named.get()));
    }
    Optional<String> parallelism = args.find("model-selection-parallelism");
    if (parallelism.isPresent()) {
      settings = settings.withParallelism(whole("--model-selection-parallelism", parallelism.get()));
    }
    Optional<String> seed = args.find("model-selection-seed");
    if (seed.isPresent()) {
      settings = settings.withSeed(whole("--model-selection-seed", seed.get()));
    }
    return Optional.of(settings);
  }

  private static int whole(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw SelectionErrors.invalidSetting(name, value, "give a whole number");
    }
  }
}
