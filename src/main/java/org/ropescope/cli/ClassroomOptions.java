package org.ropescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.ropescope.chart.AnglesChart;
import org.ropescope.chart.ChartTheme;
import org.ropescope.chart.EquationTex;
import org.ropescope.chart.EquationTitle;
import org.ropescope.chart.PeriodChart;
import org.ropescope.chart.RatioChart;
import org.ropescope.chart.RotationChart;
import org.ropescope.chart.StretchChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.session.LectureStep;
import org.ropescope.session.Session;
import org.ropescope.session.SessionException;
import org.ropescope.session.SessionFile;
import org.ropescope.session.ViewState;
import picocli.CommandLine.Option;

/**
 * The export command's classroom options (issue 13), so slides can be rebuilt by a script:
 * {@code --session FILE} and {@code --step N} take inputs, methods and view from a saved session;
 * {@code --dark} and {@code --presentation} draw in those themes; {@code --shortcut} draws
 * {@code lambda = s} and adds a {@code period_lambda_equals_s} column; {@code --equation} puts the
 * typeset derivation under the chart. A picocli mixin of {@link ExportCommand}.
 */
final class ClassroomOptions {

    /** Which chart a session's front tab asks for. */
    private static final Map<String, String> CHART_OF_TAB = Map.of("periodsTab", "periods", "tableTab", "periods",
            "stretchTab", "stretch", "ratioTab", "ratio", "rotationTab", "rotation", "anglesTab", "angles",
            "decayTab", "decay");

    @Option(names = "--session", paramLabel = "FILE", description = "take the inputs, methods and view from a "
            + "saved .ropescope session; options given as well override it")
    Path session;

    @Option(names = "--step", paramLabel = "N", description = "with --session: take the session's N-th lecture "
            + "step (1 is the first) instead of its current view")
    String step;

    @Option(names = "--dark", description = "draw in the dark theme")
    boolean dark;

    @Option(names = "--presentation", description = "draw in presentation mode's theme: large type, thick lines")
    boolean presentation;

    @Option(names = "--shortcut", description = "draw the lambda = s curve (and its miss) and add a "
            + "period_lambda_equals_s column, 2 pi (s b)^(2i/d), to the CSV")
    boolean shortcut;

    @Option(names = "--equation", description = "put the typeset derivation under the chart (a slide)")
    boolean equation;

    /** What a session (or one of its steps) gives: inputs, methods, view and theme. */
    record Source(RopeConfig inputs, MethodSelection methods, ViewState view, String theme) {

        ScalingContext context() {
            return new ScalingContext(inputs.base(), inputs.dim(), methods.partialRotaryFactor(),
                    inputs.originalLength(), inputs.newLength());
        }

        /** The drawn methods other than the book's own three. */
        List<ScalingMethod> extraMethods() {
            List<ScalingMethod> out = new ArrayList<>();
            for (MethodKind k : methods.drawn()) {
                ScalingMethod m = methods.methods().get(k);
                if (k != MethodKind.DEFAULT && !m.equals(MethodSelection.book().methods().get(k))) {
                    out.add(m);
                }
            }
            return out;
        }
    }

    /** The session or its step, if {@code --session} was given; a bad file or step is a usage error. */
    Optional<Source> read() {
        if (session == null) {
            if (step != null) {
                throw new UsageException("--step needs --session FILE");
            }
            return Optional.empty();
        }
        Session s;
        try {
            s = SessionFile.read(session);
        } catch (SessionException e) {
            throw new UsageException("--session: " + e.getMessage());
        }
        if (step == null) {
            return Optional.of(new Source(s.inputs(), s.methods(), s.view(), s.theme()));
        }
        int n;
        try {
            n = Integer.parseInt(step.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > s.steps().size()) {
            throw new UsageException("--step must be a step of " + session.getFileName() + ", 1 to " + s.steps().size()
                    + (s.steps().isEmpty() ? " (it has none)" : "") + ", got '" + step.strip() + "'");
        }
        LectureStep chosen = s.steps().get(n - 1);
        return Optional.of(new Source(chosen.inputs(), chosen.methods(), chosen.view(), s.theme()));
    }

    /** The chart a session's front tab shows, or {@code null}. */
    static String chartOf(Optional<Source> src) {
        return src.map(s -> s.view().tab()).map(CHART_OF_TAB::get).orElse(null);
    }

    boolean shortcut(Optional<Source> src) {
        return shortcut || src.map(s -> s.view().lambdaEqualsS()).orElse(false);
    }

    ChartTheme theme(Optional<Source> src) {
        boolean d = dark || src.map(s -> "dark".equals(s.theme())).orElse(false);
        boolean p = presentation || src.map(s -> s.view().presentation()).orElse(false);
        return ChartTheme.of(d, p);
    }

    /**
     * The chart of {@code kind} for {@code all} (the book's three and the methods), drawn in
     * {@code theme}, with the shortcut and the derivation as asked. Decay keeps its own look.
     */
    JFreeChart chart(String kind, MethodTable all, List<ScalingMethod> added, ChartTheme theme, boolean cut) {
        ScalingContext ctx = all.context();
        JFreeChart chart;
        switch (kind) {
            case "stretch" -> {
                StretchChart c = new StretchChart(all);
                c.applyTheme(theme);
                c.setShortcutShown(cut);
                chart = c.chart();
            }
            case "ratio" -> {
                RatioChart c = new RatioChart(ctx.rotaryConfig());
                c.applyTheme(theme);
                c.setShortcutShown(cut);
                chart = c.chart();
            }
            case "rotation" -> {
                RotationChart c = new RotationChart(ctx);
                ScalingMethod scaled = added.isEmpty() ? ScalingMethod.bookMethods().get(2) : added.get(0);
                c.show(DefaultRope.INSTANCE.evaluate(ctx), scaled.evaluate(ctx), RotationChart.Mode.BOTH);
                c.applyTheme(theme);
                chart = c.chart();
            }
            case "angles" -> {
                AnglesChart c = new AnglesChart(all);
                c.applyTheme(theme);
                chart = c.chart();
            }
            case "decay" -> chart = DiagnosticsSummary.decayChart(all);
            default -> {
                PeriodChart c = new PeriodChart(all);
                c.applyTheme(theme);
                c.setShortcutShown(cut);
                chart = c.chart();
            }
        }
        if (equation) {
            chart.addSubtitle(new EquationTitle(EquationTex.of(ctx.rotaryConfig(), cut), theme));
        }
        return chart;
    }

    /** {@code csv} with a {@code period_lambda_equals_s} column, 2 pi (s b)^(2i/d), appended to every row. */
    static String withShortcutColumn(String csv, RopeConfig c) {
        String[] lines = csv.split("\n");
        StringBuilder sb = new StringBuilder(lines[0]).append(",period_lambda_equals_s\n");
        for (int k = 1; k < lines.length; k++) {
            int i = Integer.parseInt(lines[k].substring(0, lines[k].indexOf(',')));
            sb.append(lines[k]).append(',').append(i < c.pairs() ? Double.toString(Teaching.naivePeriod(c, i)) : "")
                    .append('\n');
        }
        return sb.toString();
    }
}
