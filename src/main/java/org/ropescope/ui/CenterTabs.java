package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.chart.PeriodChart;
import org.ropescope.model.Look;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.TeachingModel;

/**
 * The window's centre: three tabs. Periods: the period chart over the typeset equation. Rotation: the
 * heatmaps. Table: every pair's numbers beside the same period chart. The one chart viewer moves to
 * the tab that is showing, so the chart is drawn once per change, never twice.
 */
final class CenterTabs extends TabPane {

    /** The tabs, by the name a screenshot or a test asks for. */
    enum View { PERIODS, ROTATION, TABLE, SCHEMES }

    private final PeriodChart periodChart;
    private final PeriodChartPane periods;
    private final EquationPane equation;
    private final RotationPane rotation;
    private final PairTable pairTable;
    private final StackPane periodsSlot = new StackPane();
    private final StackPane tableSlot = new StackPane();
    private final Tab periodsTab;
    private final Tab rotationTab;
    private final Tab tableTab;
    private final SplitPane periodsSplit;
    private SchemesPane schemes; // issue 16: RoPE beside ALiBi, T5 and sinusoidal
    private Tab schemesTab;
    private ObservableValue<Look> look; // what the teaching views follow, once the window gives it

    CenterTabs(PeriodChart periodChart, ChartViewer periodViewer, TeachingModel teaching, MethodsModel methods) {
        getStyleClass().add("center-tabs");
        setId("centerTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        this.periodChart = periodChart;
        periods = new PeriodChartPane(periodChart, periodViewer, teaching);
        equation = new EquationPane(teaching, methods);
        rotation = new RotationPane(teaching, methods);
        pairTable = new PairTable(periodChart, teaching);

        periodsSplit = new SplitPane(periodsSlot, equation);
        periodsSplit.setOrientation(Orientation.VERTICAL);
        periodsSplit.setDividerPositions(0.69);
        SplitPane.setResizableWithParent(equation, false);
        periodsTab = new Tab(text("tab.periods"), periodsSplit);
        periodsTab.setId("periodsTab");

        rotationTab = new Tab(text("tab.rotation"));
        contentOnFirstShow(rotationTab, rotation);
        rotationTab.setId("rotationTab");

        SplitPane tableSplit = new SplitPane(pairTable, tableSlot);
        tableSlot.setMinWidth(420); // the splitter stops where the chart beside the table would be cut
        tableSplit.setDividerPositions(0.55);
        tableTab = new Tab(text("tab.table"));
        contentOnFirstShow(tableTab, tableSplit);
        tableTab.setId("tableTab");

        getTabs().addAll(periodsTab, rotationTab, tableTab);
        periodsSlot.getChildren().add(periods.node());
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> placeViews(now));
    }

    /**
     * Puts {@code content} into {@code tab} when the tab is first shown: a tab pane styles and lays out
     * every tab's content at the window's first frame, shown or not, and the rotation and table views
     * are a good part of what the start-up spent there.
     */
    static void contentOnFirstShow(Tab tab, javafx.scene.Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }

    /** Whether the tab in front shows the period chart: Periods, or Table beside its table. */
    boolean showsPeriodChart() {
        Tab now = getSelectionModel().getSelectedItem();
        return now == periodsTab || now == tableTab;
    }

    private void placeViews(Tab now) {
        StackPane target = now == tableTab ? tableSlot : periodsSlot;
        if (periods.node().getParent() != target) {
            ((StackPane) periods.node().getParent()).getChildren().remove(periods.node());
            target.getChildren().add(periods.node());
        }
        periodChart.setCompact(now == tableTab); // the chart is narrow beside the table
        rotation.setShowing(now == rotationTab);
        equation.setShowing(now == periodsTab);
        pairTable.setShowing(now == tableTab);
        if (schemes != null) {
            schemes.setShowing(now == schemesTab);
        }
    }

    /**
     * Makes the teaching views (the rotation heatmaps, the typeset equation, the schemes chart, now or
     * when it is added) follow {@code look}, as every chart of the window does ({@link Appearance#follow}).
     */
    void followTheme(ObservableValue<Look> look) {
        this.look = look;
        Appearance.follow(look, rotation.chart());
        Appearance.follow(look, equation::applyTheme);
        if (schemes != null) {
            Appearance.follow(look, schemes.chart());
        }
    }

    /** Adds the Schemes tab last, built when first shown; its chart follows the look with the others. */
    void addSchemes(SchemesPane pane) {
        schemes = pane;
        schemesTab = new Tab(text("tab.schemes"));
        schemesTab.setId("schemesTab");
        contentOnFirstShow(schemesTab, pane);
        getTabs().add(schemesTab);
        if (look != null) {
            Appearance.follow(look, pane.chart());
        }
    }

    SchemesPane schemes() {
        return schemes;
    }

    /** Brings {@code view} to the front. */
    void show(View view) {
        getSelectionModel().select(switch (view) {
            case PERIODS -> periodsTab;
            case ROTATION -> rotationTab;
            case TABLE -> tableTab;
            case SCHEMES -> schemesTab;
        });
    }

    /** Shows the typeset derivation under the period chart, or gives the chart its room. */
    void setEquationShown(boolean shown) {
        boolean now = periodsSplit.getItems().contains(equation);
        if (shown && !now) {
            periodsSplit.getItems().add(equation);
            periodsSplit.setDividerPositions(0.69);
        } else if (!shown && now) {
            periodsSplit.getItems().remove(equation);
        }
    }

    boolean isEquationShown() {
        return periodsSplit.getItems().contains(equation);
    }

    EquationPane equation() {
        return equation;
    }

    RotationPane rotation() {
        return rotation;
    }

    PairTable pairTable() {
        return pairTable;
    }

    PeriodChartPane periods() {
        return periods;
    }
}
