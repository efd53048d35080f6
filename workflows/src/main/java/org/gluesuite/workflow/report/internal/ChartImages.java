package org.gluesuite.workflow.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.gluesuite.common.report.Chart;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a report {@link Chart} as a PNG with XChart and returns it as a {@code data:} URI for an {@code <img>}. */
public final class ChartImages {
  static final int WIDTH = 760;
  static final int HEIGHT = 420;

  static {
    // Charts are drawn off screen: never ask for a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartImages() {
  }

  /** The chart as {@code data:image/png;base64,…}. */
  public static String dataUri(Chart chart) throws IOException {
    byte[] png = chart.kind() == Chart.Kind.BAR ? BitmapEncoder.getBitmapBytes(bar(chart), BitmapEncoder.BitmapFormat.PNG)
        : BitmapEncoder.getBitmapBytes(xy(chart), BitmapEncoder.BitmapFormat.PNG);
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  private static XYChart xy(Chart spec) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title()).xAxisTitle(spec.xLabel())
        .yAxisTitle(spec.yLabel()).build();
    style(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(spec.kind() == Chart.Kind.SCATTER
        ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setMarkerSize(spec.kind() == Chart.Kind.SCATTER ? 4 : 0);
    if (spec.dates()) {
      chart.getStyler().setDatePattern("yyyy-MM-dd");
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Chart.Series s : spec.series()) {
      List<Object> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int i = 0; i < s.x().size(); i++) {
        double xv = s.x().get(i);
        double yv = s.y().get(i);
        if (Double.isFinite(xv) && Double.isFinite(yv)) {
          x.add(spec.dates() ? new Date(Math.round(xv) * 86_400_000L) : (Object) xv);
          y.add(yv);
          low = Math.min(low, Math.min(xv, yv));
          high = Math.max(high, Math.max(xv, yv));
        }
      }
      if (!x.isEmpty()) {
        chart.addSeries(s.name(), x, y);
      }
    }
    if (spec.identityLine() && low < high) {
      XYSeries line = chart.addSeries("y = x", List.of(low, high), List.of(low, high));
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(Color.GRAY);
      line.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
    }
    return chart;
  }

  private static CategoryChart bar(Chart spec) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title())
        .xAxisTitle(spec.xLabel()).yAxisTitle(spec.yLabel()).build();
    style(chart.getStyler());
    chart.getStyler().setXAxisLabelRotation(40);
    chart.getStyler().setLegendVisible(spec.series().size() > 1);
    for (Chart.Series s : spec.series()) {
      List<Double> values = s.y().stream().map(v -> Double.isFinite(v) ? v : 0.0).toList();
      chart.addSeries(s.name(), spec.categories(), values);
    }
    return chart;
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.InsideNW);
    styler.setAntiAlias(true);
  }
}
