package org.gluesuite.workflow.report.internal;

/**
 * The report graph's icons as inline SVG shapes (no fonts, no emoji, so every browser draws them): one per node type
 * (trigger, job, crawler) and one per state. Each is a {@code <g>} with a class naming what it shows
 * ({@code icon icon-job}, {@code state-icon state-SUCCEEDED}) and a {@code <title>} for hover text.
 */
public final class NodeIcons {
  private NodeIcons() {
  }

  /** The icon of a node type ({@code trigger}, {@code job} or {@code crawler}), 20×20 at (x, y). */
  public static String type(String type, int x, int y) {
    String shape = switch (type) {
      // a lightning bolt
      case "trigger" -> "<path d=\"M11 1 L3 11 H9 L7 19 L17 8 H11 L13 1 Z\" fill=\"#f2b01e\" stroke=\"#8a6400\" "
          + "stroke-width=\"1\"/>";
      // a gear: a toothed ring around a hole
      case "job" -> "<circle cx=\"10\" cy=\"10\" r=\"6.5\" fill=\"#6b7c93\"/>"
          + "<path d=\"M8.5 0.5h3v3.2h-3zM8.5 16.3h3v3.2h-3zM0.5 8.5h3.2v3h-3.2zM16.3 8.5h3.2v3h-3.2z"
          + "M2.6 4.7l2.1-2.1 2.3 2.3-2.1 2.1zM13 15.1l2.1-2.1 2.3 2.3-2.1 2.1zM2.6 15.3l2.3-2.3 2.1 2.1-2.3 2.3z"
          + "M13 4.9l2.3-2.3 2.1 2.1-2.3 2.3z\" fill=\"#6b7c93\"/>"
          + "<circle cx=\"10\" cy=\"10\" r=\"2.6\" fill=\"#ffffff\"/>";
      // a spider: body and eight legs
      case "crawler" -> "<g stroke=\"#5a3e85\" stroke-width=\"1.4\" fill=\"none\">"
          + "<path d=\"M7 8 L2 3 M7 10 L1 9 M7 12 L1 15 M8 13 L4 19 M13 8 L18 3 M13 10 L19 9 M13 12 L19 15 "
          + "M12 13 L16 19\"/></g><ellipse cx=\"10\" cy=\"11\" rx=\"3.6\" ry=\"4.4\" fill=\"#5a3e85\"/>"
          + "<circle cx=\"10\" cy=\"5.6\" r=\"2.2\" fill=\"#5a3e85\"/>";
      default -> "<rect x=\"3\" y=\"3\" width=\"14\" height=\"14\" fill=\"#999\"/>";
    };
    return "<g class=\"icon icon-" + type + "\" transform=\"translate(" + x + "," + y + ")\"><title>" + type
        + "</title>" + shape + "</g>";
  }

  /** The badge of a state (a job state, a crawl state, NOT_RUN, or a trigger's FIRED/NOT_FIRED), 16×16. */
  public static String state(String state, int x, int y) {
    String fill;
    String mark;
    switch (state) {
      case "SUCCEEDED", "FIRED" -> {
        fill = "#1a7f37";
        mark = "<path d=\"M4 8.5 L7 11.5 L12.5 5\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/>";
      }
      case "FAILED", "ERROR" -> {
        fill = "#c62828";
        mark = "<path d=\"M5 5 L11 11 M11 5 L5 11\" stroke=\"#fff\" stroke-width=\"2\"/>";
      }
      case "TIMEOUT" -> {
        fill = "#c62828";
        mark = "<path d=\"M5 4 H11 L5 12 H11 Z\" stroke=\"#fff\" stroke-width=\"1.3\" fill=\"none\"/>";
      }
      case "STOPPED", "STOPPING", "CANCELLED" -> {
        fill = "#8a6d00";
        mark = "<rect x=\"5\" y=\"5\" width=\"6\" height=\"6\" fill=\"#fff\"/>";
      }
      case "RUNNING", "STARTING", "WAITING" -> {
        fill = "#1f6feb";
        mark = "<path d=\"M6 4.5 L11.5 8 L6 11.5 Z\" fill=\"#fff\"/>";
      }
      default -> {
        // NOT_RUN, NOT_FIRED: an empty dashed ring
        fill = "#ffffff";
        mark = "<circle cx=\"8\" cy=\"8\" r=\"2\" fill=\"#999\"/>";
      }
    }
    boolean hollow = fill.equals("#ffffff");
    return "<g class=\"state-icon state-" + state + "\" transform=\"translate(" + x + "," + y + ")\"><title>" + state
        + "</title><circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"" + fill + "\" stroke=\"" + (hollow ? "#999" : fill)
        + "\"" + (hollow ? " stroke-dasharray=\"2 2\"" : "") + "/>" + mark + "</g>";
  }
}
