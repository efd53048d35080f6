package org.gluesuite.dq.internal;

import com.amazon.deequ.analyzers.Analyzer;
import com.amazon.deequ.analyzers.Completeness;
import com.amazon.deequ.analyzers.Compliance;
import com.amazon.deequ.analyzers.Correlation;
import com.amazon.deequ.analyzers.CountDistinct;
import com.amazon.deequ.analyzers.Entropy;
import com.amazon.deequ.analyzers.Mean;
import com.amazon.deequ.analyzers.Size;
import com.amazon.deequ.analyzers.StandardDeviation;
import com.amazon.deequ.analyzers.Sum;
import com.amazon.deequ.analyzers.UniqueValueRatio;
import com.amazon.deequ.analyzers.Uniqueness;
import com.amazon.deequ.analyzers.runners.AnalysisRunner;
import com.amazon.deequ.analyzers.runners.AnalyzerContext;
import com.amazon.deequ.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Option;
import scala.collection.JavaConverters;
import scala.util.Try;

/**
 * deequ's analyzers, made from Java. The analyzers of one {@link #run} share scans: deequ computes every
 * scan-shareable one (size, completeness, compliance, mean, sum, standard deviation, correlation) in one aggregation,
 * and the frequency-based ones (uniqueness, distinct count, entropy) in one group-by per column set.
 */
final class Deequ {
  /** An analyzer of any kind, as deequ's runner takes it. */
  @SuppressWarnings("rawtypes")
  record Metered(Analyzer analyzer) {
  }

  private Deequ() {
  }

  static Metered size() {
    return new Metered(new Size(none()));
  }

  static Metered completeness(String column) {
    return new Metered(new Completeness(column, none(), none()));
  }

  static Metered uniqueness(List<String> columns) {
    return new Metered(new Uniqueness(seq(columns), none(), none()));
  }

  static Metered uniqueValueRatio(List<String> columns) {
    return new Metered(new UniqueValueRatio(seq(columns), none(), none()));
  }

  static Metered countDistinct(List<String> columns) {
    return new Metered(new CountDistinct(seq(columns)));
  }

  static Metered entropy(String column) {
    return new Metered(new Entropy(column, none()));
  }

  static Metered mean(String column) {
    return new Metered(new Mean(column, none()));
  }

  static Metered sum(String column) {
    return new Metered(new Sum(column, none()));
  }

  static Metered standardDeviation(String column) {
    return new Metered(new StandardDeviation(column, none()));
  }

  static Metered correlation(String first, String second) {
    return new Metered(new Correlation(first, second, none()));
  }

  /** The fraction of rows for which the SQL {@code predicate} holds. */
  static Metered compliance(String name, String predicate) {
    return new Metered(new Compliance(name, predicate, none(), JavaConverters.asScalaBuffer(new ArrayList<String>())
        .toList(), none()));
  }

  /** Runs {@code analyzers} over {@code data}: one scan, plus one group-by per frequency column set. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static AnalyzerContext run(Dataset<Row> data, List<Metered> analyzers) {
    List<Analyzer<?, Metric<?>>> all = new ArrayList<>();
    for (Metered m : analyzers) {
      if (!all.contains(m.analyzer())) {
        all.add((Analyzer) m.analyzer());
      }
    }
    return AnalysisRunner.onData(data).addAnalyzers(JavaConverters.asScalaBuffer(all).toSeq()).run();
  }

  /** The analyzer's value, or the reason deequ could not compute it. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Value value(AnalyzerContext context, Metered metered) {
    Option<Metric<?>> metric = context.metric((Analyzer) metered.analyzer());
    if (metric.isEmpty()) {
      return Value.failed("no metric was computed");
    }
    Try<?> value = metric.get().value();
    if (value.isFailure()) {
      Throwable cause = value.failed().get();
      return Value.failed(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }
    return Value.of(((Number) value.get()).doubleValue());
  }

  private static <T> Option<T> none() {
    return Option.apply(null);
  }

  private static scala.collection.Seq<String> seq(List<String> values) {
    return JavaConverters.asScalaBuffer(new ArrayList<>(values)).toSeq();
  }

  /** A metric's value or why it has none. */
  record Value(Double value, String failure) {
    static Value of(double value) {
      return new Value(value, null);
    }

    static Value failed(String why) {
      return new Value(null, why);
    }

    boolean ok() {
      return value != null;
    }
  }
}
