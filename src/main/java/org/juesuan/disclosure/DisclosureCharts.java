package org.juesuan.disclosure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.juesuan.disclosure.DisclosureText.Chart;

/** The charts of a disclosure as SVG, drawn by JFreeChart into JFreeSVG; every slice and bar carries its 万元 label. */
public final class DisclosureCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final String FONT = "SansSerif";

    static {
        System.setProperty("java.awt.headless", "true");
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 14));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        ChartFactory.setChartTheme(theme);
    }

    private DisclosureCharts() {
    }

    public static String svg(Chart chart) {
        JFreeChart drawn = chart.pie() ? pie(chart) : bars(chart);
        drawn.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        drawn.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }

    private static JFreeChart pie(Chart chart) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            data.setValue(chart.categories().get(i), rounded(chart.values().get(0).get(i)));
        }
        JFreeChart pie = ChartFactory.createPieChart(chart.caption(), data, true, false, false);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) pie.getPlot();
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {1}万元（{2}）", new DecimalFormat("0.00"),
                new DecimalFormat("0.00%")));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setNoDataMessage("无数据");
        return pie;
    }

    private static JFreeChart bars(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < chart.series().size(); s++) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(rounded(chart.values().get(s).get(i)), chart.series().get(s), chart.categories().get(i));
            }
        }
        JFreeChart bars = ChartFactory.createBarChart(chart.caption(), null, "万元", data, PlotOrientation.VERTICAL,
                chart.series().size() > 1, false, false);
        CategoryPlot plot = bars.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.00")));
        renderer.setDefaultItemLabelsVisible(true);
        return bars;
    }

    private static BigDecimal rounded(BigDecimal wan) {
        return (wan == null ? BigDecimal.ZERO : wan).setScale(2, RoundingMode.HALF_UP);
    }
}
