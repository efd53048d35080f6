package org.gluesuite.jobs.ml.selection;

import java.util.Locale;

/** The validation metric candidates are ranked by, computed on the label's own scale. */
public enum Metric {
  RMSE(true), MAE(true), R2(false);

  private final boolean lowerIsBetter;

  Metric(boolean lowerIsBetter) {
    this.lowerIsBetter = lowerIsBetter;
  }

  public boolean lowerIsBetter() {
    return lowerIsBetter;
  }

  /** The name in metrics.json: {@code rmse}, {@code mae}, {@code r2}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Negative when {@code a} is better than {@code b}. */
  int compare(double a, double b) {
    return lowerIsBetter ? Double.compare(a, b) : Double.compare(b, a);
  }

  public static Metric parse(String text) {
    for (Metric m : values()) {
      if (m.jsonName().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw SelectionErrors.invalidSetting("metric", text, "use rmse, mae or r2");
  }
}
