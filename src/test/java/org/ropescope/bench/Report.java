package org.ropescope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the rows, prints them as a table and writes the same figures as JSON. */
final class Report {

    private final List<Result> rows = new ArrayList<>();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final Map<String, Object> checks = new LinkedHashMap<>();

    Report() {
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("maxHeapMB", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        machine.put("loadAverageAtStart", loadAverage());
        machine.put("rendering", "prism " + System.getProperty("prism.order", "default") + ", glass "
                + System.getProperty("glass.platform", "default") + "/" + System.getProperty("monocle.platform", "-"));
    }

    /** The 1-minute load average (Linux), so a reader knows how busy the machine was. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    void add(Result r) {
        rows.add(r);
        if (progress) {
            System.out.println("bench: " + r.section() + " | " + r.name() + " | median " + num(r.stats().median())
                    + " p95 " + num(r.stats().p95()) + " max " + num(r.stats().max()) + " " + r.unit());
        }
    }

    void addAll(List<Result> rs) {
        rs.forEach(this::add);
    }

    /** Print each row as it is measured (the full run takes minutes). */
    boolean progress = true;

    void check(String name, Object value) {
        checks.put(name, value);
    }

    void machine(String key, String value) {
        machine.put(key, value);
    }

    List<Result> rows() {
        return rows;
    }

    Map<String, Object> checks() {
        return checks;
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    String table() {
        StringBuilder b = new StringBuilder();
        b.append("RoPEScope benchmark: ").append(machine).append('\n');
        String fmt = "%-8s %-44s %6s %9s %9s %9s  %-8s %-26s %s%n";
        b.append(String.format(Locale.ROOT, fmt, "section", "case", "n", "median", "p95", "max", "unit", "target", ""));
        for (Result r : rows) {
            String verdict = r.met() == null ? "" : r.met() ? "ok" : "MISSED";
            String tail = (verdict + (r.note().isEmpty() ? "" : (verdict.isEmpty() ? "" : "  ") + r.note())).trim();
            b.append(String.format(Locale.ROOT, fmt, r.section(), r.name(), r.stats().n(), num(r.stats().median()),
                    num(r.stats().p95()), num(r.stats().max()), r.unit(), r.target(), tail));
        }
        for (var c : checks.entrySet()) {
            b.append("check    ").append(c.getKey()).append(": ").append(c.getValue()).append('\n');
        }
        return b.toString();
    }

    String json() {
        StringBuilder b = new StringBuilder("{\n  \"machine\": {");
        int k = 0;
        for (var e : machine.entrySet()) {
            b.append(k++ == 0 ? "" : ", ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
        }
        b.append("},\n  \"results\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Result r = rows.get(i);
            b.append("    {\"section\": ").append(str(r.section()))
                    .append(", \"case\": ").append(str(r.name()))
                    .append(", \"n\": ").append(r.stats().n())
                    .append(", \"median\": ").append(jnum(r.stats().median()))
                    .append(", \"p95\": ").append(jnum(r.stats().p95()))
                    .append(", \"max\": ").append(jnum(r.stats().max()))
                    .append(", \"unit\": ").append(str(r.unit()))
                    .append(", \"target\": ").append(str(r.target()))
                    .append(", \"met\": ").append(r.met() == null ? "null" : r.met().toString())
                    .append(", \"note\": ").append(str(r.note())).append('}')
                    .append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        b.append("  ],\n  \"checks\": {");
        k = 0;
        for (var e : checks.entrySet()) {
            Object v = e.getValue();
            String val = v instanceof Number n ? jnum(n.doubleValue()) : v instanceof Boolean ? v.toString() : str(v.toString());
            b.append(k++ == 0 ? "" : ", ").append(str(e.getKey())).append(": ").append(val);
        }
        return b.append("}\n}\n").toString();
    }

    private static String jnum(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Writes the JSON atomically: a temporary file in the same folder, then a move. */
    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(tmp, json(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
