package org.gluesuite.runtime.frame;

/**
 * What spigot writes: each record is kept with probability {@code prob}, then at most {@code topk} records.
 *
 * @param seed the sampling seed, fixed so a rerun writes the same sample
 */
public record SpigotOptions(int topk, double prob, long seed) {
  public static final SpigotOptions DEFAULT = new SpigotOptions(100, 1.0, 42L);

  public SpigotOptions {
    if (topk < 0) {
      throw FrameErrors.invalidOption("topk", topk, "it must be 0 or more");
    }
    if (prob < 0 || prob > 1) {
      throw FrameErrors.invalidOption("prob", prob, "it is a probability between 0 and 1");
    }
  }

  public static SpigotOptions topk(int topk) {
    return new SpigotOptions(topk, 1.0, DEFAULT.seed());
  }

  public SpigotOptions withProb(double value) {
    return new SpigotOptions(topk, value, seed);
  }
}
