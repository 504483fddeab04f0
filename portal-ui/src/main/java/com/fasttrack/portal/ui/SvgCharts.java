package com.fasttrack.portal.ui;

import com.vaadin.flow.component.Html;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG (no JavaScript charting library, no npm build): horizontal bars,
 * a donut and a step trend. Every text is escaped; every chart has a title for screen readers.
 */
public final class SvgCharts {

    /** One bar or slice: label, value, CSS colour. */
    public record Datum(String label, double value, String colour) {
    }

    private SvgCharts() {
    }

    public static Html bars(String title, List<Datum> data) {
        int rowHeight = 26;
        int width = 360;
        int labelWidth = 150;
        double max = data.stream().mapToDouble(Datum::value).max().orElse(1);
        StringBuilder svg = open(width, Math.max(rowHeight, data.size() * rowHeight + 4), title);
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            int y = i * rowHeight + 4;
            double barWidth = max == 0 ? 0 : (width - labelWidth - 40) * d.value() / max;
            svg.append(text(0, y + 15, d.label(), "start"));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" rx=\"3\" fill=\"%s\"/>",
                    labelWidth, y + 2, barWidth, escape(d.colour())));
            svg.append(text(labelWidth + barWidth + 6, y + 15, format(d.value()), "start"));
        }
        return close(svg);
    }

    public static Html donut(String title, List<Datum> data) {
        double total = data.stream().mapToDouble(Datum::value).sum();
        int size = 140;
        double r = 52;
        double circumference = 2 * Math.PI * r;
        StringBuilder svg = open(size + 170, size, title);
        double offset = 0;
        for (Datum d : data) {
            double length = total == 0 ? 0 : circumference * d.value() / total;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"70\" cy=\"70\" r=\"%.1f\" fill=\"none\" stroke=\"%s\" "
                            + "stroke-width=\"22\" stroke-dasharray=\"%.2f %.2f\" stroke-dashoffset=\"%.2f\" "
                            + "transform=\"rotate(-90 70 70)\"><title>%s: %s</title></circle>", r,
                    escape(d.colour()), length, circumference - length, -offset, escape(d.label()),
                    format(d.value())));
            offset += length;
        }
        svg.append(text(70, 76, format(total), "middle"));
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            int y = 20 + i * 20;
            svg.append(String.format(Locale.ROOT, "<rect x=\"160\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    y - 10, escape(d.colour())));
            svg.append(text(178, y, d.label() + " (" + format(d.value()) + ")", "start"));
        }
        return close(svg);
    }

    /** A step line of values 0–100 over time, with coloured dots; x positions are given in [0, 1]. */
    public static Html trend(String title, List<double[]> points, List<String> colours, String from, String to) {
        int width = 420;
        int height = 120;
        int pad = 24;
        StringBuilder svg = open(width, height, title);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\"/>", pad,
                height - pad, width - pad, height - pad));
        StringBuilder path = new StringBuilder();
        double previousY = -1;
        for (int i = 0; i < points.size(); i++) {
            double x = pad + points.get(i)[0] * (width - 2 * pad);
            double y = height - pad - points.get(i)[1] / 100.0 * (height - 2 * pad);
            if (i == 0) {
                path.append(String.format(Locale.ROOT, "M%.1f %.1f", x, y));
            } else {
                path.append(String.format(Locale.ROOT, " L%.1f %.1f L%.1f %.1f", x, previousY, x, y));
            }
            previousY = y;
        }
        if (!points.isEmpty()) {
            path.append(String.format(Locale.ROOT, " L%d %.1f", width - pad, previousY));
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#6b7785\" stroke-width=\"2\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            double x = pad + points.get(i)[0] * (width - 2 * pad);
            double y = height - pad - points.get(i)[1] / 100.0 * (height - 2 * pad);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", x, y,
                    escape(colours.get(i))));
        }
        svg.append(text(pad, height - 6, from, "start"));
        svg.append(text(width - pad, height - 6, to, "end"));
        return close(svg);
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ft-chart\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\"><title>%s</title>", width, height, width, height, escape(title)));
    }

    private static Html close(StringBuilder svg) {
        return new Html(svg.append("</svg>").toString());
    }

    private static String text(double x, double y, String value, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\" "
                + "fill=\"currentColor\">%s</text>", x, y, anchor, escape(value));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Escapes text for SVG/XML content and attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
