package org.ropescope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the dependency direction one way: math &lt;- model &lt;- chart &lt;- ui, and keeps
 * {@code export} and {@code cli} free of JavaFX (they run headless). Checked on the compiled
 * classes (ArchUnit), so an inline fully qualified name is seen as well as an import.
 */
class ArchitectureTest {

    /** For each layer (a package under org.ropescope), the packages its classes must never use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("math", List.of("javafx..", "org.jfree..", "org.ropescope.model..", "org.ropescope.chart..",
                    "org.ropescope.ui..", "org.ropescope.input..", "java.awt..", "com.fasterxml..",
                    "org.ropescope.hfconfig..", "org.ropescope.presets..", "org.scilab..")),
            // reading config.json and the presets: pure Java, headless, usable by the window and the CLI alike
            Map.entry("hfconfig", List.of("javafx..", "org.jfree..", "org.ropescope.model..", "org.ropescope.chart..",
                    "org.ropescope.ui..", "java.awt..", "org.ropescope.presets..")),
            Map.entry("presets", List.of("javafx..", "org.jfree..", "org.ropescope.model..", "org.ropescope.chart..",
                    "org.ropescope.ui..", "java.awt..")),
            Map.entry("format", List.of("javafx..", "org.jfree..", "org.ropescope.math..", "org.ropescope.model..",
                    "org.ropescope.hfconfig..", "org.ropescope.input..", "org.ropescope.presets..", "org.ropescope.session..",
                    "org.ropescope.chart..", "org.ropescope.ui..", "org.ropescope.export..", "org.ropescope.cli..")),
            // the words and fonts of every language: below everything but the number formats
            Map.entry("text", List.of("javafx..", "org.jfree..", "org.ropescope.math..", "org.ropescope.model..",
                    "org.ropescope.hfconfig..", "org.ropescope.input..", "org.ropescope.presets..", "org.ropescope.session..",
                    "org.ropescope.chart..", "org.ropescope.ui..", "org.ropescope.export..", "org.ropescope.cli..")),
            Map.entry("input", List.of("javafx..", "org.jfree..", "org.ropescope.model..", "org.ropescope.chart..",
                    "org.ropescope.ui..")),
            Map.entry("model", List.of("org.jfree..", "org.ropescope.chart..", "org.ropescope.ui..", "javafx.scene..",
                    "java.awt..", "org.scilab..")),
            // FXGraphics2D (org.jfree.fx) draws onto JavaFX: ui only
            Map.entry("chart", List.of("javafx..", "org.jfree.chart.fx..", "org.jfree.fx..", "org.ropescope.ui..",
                    "org.ropescope.model..")),
            // headless: files and the command line never touch JavaFX (the toolkit must not start)
            Map.entry("export", List.of("javafx..", "org.jfree.chart.fx..", "org.ropescope.ui..",
                    "org.ropescope.model..", "org.ropescope.cli..")),
            Map.entry("cli", List.of("javafx..", "org.jfree.chart.fx..", "org.ropescope.ui..", "org.ropescope.model..")),
            // .ropescope files: pure Java, so the command line can read sessions too
            Map.entry("session", List.of("javafx..", "org.jfree..", "org.ropescope.model..", "org.ropescope.chart..",
                    "org.ropescope.ui..")));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ropescope");
    }

    @TestFactory
    Stream<DynamicTest> layersOnlyDependDownwards() {
        return FORBIDDEN.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(layer -> {
            ArchRule rule = noClasses().that().resideInAPackage("org.ropescope." + layer.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(layer.getValue().toArray(String[]::new))
                    .because(layer.getKey() + " sits below them");
            return DynamicTest.dynamicTest(layer.getKey(), () -> rule.check(main));
        });
    }
}
